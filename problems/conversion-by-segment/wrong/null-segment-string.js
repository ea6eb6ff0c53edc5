// Mistake: reports a null segment under the key "null" instead of "unknown".
function conversionBySegment(sessions) {
  const seen = new Set(), out = {};
  for (const s of sessions) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    const r = out[String(s.segment)] || (out[String(s.segment)] = { sessions: 0, conversions: 0, rate: 0 });
    r.sessions++;
    if (s.converted) r.conversions++;
  }
  for (const r of Object.values(out)) r.rate = Math.round((r.conversions / r.sessions) * 10000) / 10000;
  return out;
}
