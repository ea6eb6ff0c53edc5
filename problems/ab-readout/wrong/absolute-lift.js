// Mistake: reports lift as the absolute difference pT − pC instead of relative.
function abReadout(users, guard) {
  const c = users.filter((u) => u.arm === 'control'), t = users.filter((u) => u.arm === 'treatment');
  const x = (a) => a.filter((u) => u.converted).length;
  const p95 = (a) => { if (!a.length) return null; const s = a.map((u) => u.latencyMs).sort((m, n) => m - n); return s[Math.ceil((95 * s.length) / 100) - 1]; };
  const r = (v) => Math.round(v * 10000) / 10000;
  const empty = !c.length || !t.length, pC = c.length ? x(c) / c.length : 0, pT = t.length ? x(t) / t.length : 0;
  const p = empty ? 0 : (x(c) + x(t)) / (c.length + t.length), se = empty ? 0 : Math.sqrt(p * (1 - p) * (1 / c.length + 1 / t.length));
  const z = se ? r((pT - pC) / se) : 0, significant = Math.abs(z) >= 1.96;
  const lat = { control: p95(c), treatment: p95(t) };
  const srm = users.length > 0 && Math.abs(t.length / users.length - 0.5) > guard.srmTolerance;
  const guardrailOk = !empty && lat.treatment <= lat.control * (1 + guard.maxP95IncreasePct / 100);
  const decision = srm || empty ? 'invalid' : !guardrailOk || (significant && z < 0) ? 'no-ship' : significant ? 'ship' : 'keep-testing';
  return { lift: empty || pC === 0 ? null : r(pT - pC), z, significant, p95: lat, srm, guardrailOk, decision };
}
