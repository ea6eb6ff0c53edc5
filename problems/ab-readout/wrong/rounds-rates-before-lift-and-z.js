// Mistake: rounds each arm's conversion rate to 4 dp first (as a dashboard shows it) and computes lift and z from the rounded rates, so both drift in the 4th decimal.
function abReadout(users, guard) {
  const arm = (name) => users.filter((u) => u.arm === name);
  const c = arm('control'), t = arm('treatment');
  const conv = (xs) => xs.filter((u) => u.converted).length;
  const p95 = (xs) => {
    if (xs.length === 0) return null;
    const s = xs.map((u) => u.latencyMs).sort((a, b) => a - b);
    return s[Math.ceil((95 * s.length) / 100) - 1];
  };
  const round = (x) => Math.round(x * 10000) / 10000;
  const nC = c.length, nT = t.length, xC = conv(c), xT = conv(t);
  const empty = nC === 0 || nT === 0;
  const pC = nC ? round(xC / nC) : 0, pT = nT ? round(xT / nT) : 0; // rates shown to 4 dp, then used
  const lift = empty || pC === 0 ? null : round((pT - pC) / pC);
  let z = 0;
  if (!empty) {
    const p = (xC + xT) / (nC + nT);
    const se = Math.sqrt(p * (1 - p) * (1 / nC + 1 / nT));
    z = se === 0 ? 0 : round((pT - pC) / se);
  }
  const significant = Math.abs(z) >= 1.96;
  const latency = { control: p95(c), treatment: p95(t) };
  // A value exactly at a limit passes. Floating point cannot say so by itself (52/100 − 0.5 is
  // 0.020000000000000018, 200 × 1.15 is 229.99999999999997), hence the documented margin.
  const MARGIN = 1e-9;
  const srm = nC + nT > 0 && Math.abs(nT / (nC + nT) - 0.5) > guard.srmTolerance + MARGIN;
  const guardrailOk = !empty && latency.treatment <= latency.control * (1 + guard.maxP95IncreasePct / 100) + MARGIN;
  let decision = 'keep-testing';
  if (srm || empty) decision = 'invalid';
  else if (!guardrailOk || (significant && z < 0)) decision = 'no-ship';
  else if (significant && z > 0) decision = 'ship';
  return { lift, z, significant, p95: latency, srm, guardrailOk, decision };
}
