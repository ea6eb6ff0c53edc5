// Mistake: sorts the caller's users by latency in place to read the p95, reordering the experiment log.
function abReadout(users, guard) {
  users.sort((a, b) => a.latencyMs - b.latencyMs);
  const c = users.filter((u) => u.arm === 'control');
  const t = users.filter((u) => u.arm === 'treatment');
  const conv = (xs) => xs.filter((u) => u.converted).length;
  const p95 = (xs) => (xs.length ? xs[Math.ceil((95 * xs.length) / 100) - 1].latencyMs : null);
  const round = (x) => Math.round(x * 10000) / 10000;
  const nC = c.length, nT = t.length, xC = conv(c), xT = conv(t);
  const empty = nC === 0 || nT === 0;
  const pC = nC ? xC / nC : 0, pT = nT ? xT / nT : 0;
  const lift = empty || pC === 0 ? null : round((pT - pC) / pC);
  let z = 0;
  if (!empty) {
    const p = (xC + xT) / (nC + nT);
    const se = Math.sqrt(p * (1 - p) * (1 / nC + 1 / nT));
    z = se === 0 ? 0 : round((pT - pC) / se);
  }
  const significant = Math.abs(z) >= 1.96;
  const latency = { control: p95(c), treatment: p95(t) };
  const srm = nC + nT > 0 && Math.abs(nT / (nC + nT) - 0.5) > guard.srmTolerance + 1e-9;
  const guardrailOk = !empty && latency.treatment <= latency.control * (1 + guard.maxP95IncreasePct / 100) + 1e-9;
  let decision = 'keep-testing';
  if (srm || empty) decision = 'invalid';
  else if (!guardrailOk || (significant && z < 0)) decision = 'no-ship';
  else if (significant && z > 0) decision = 'ship';
  return { lift, z, significant, p95: latency, srm, guardrailOk, decision };
}
