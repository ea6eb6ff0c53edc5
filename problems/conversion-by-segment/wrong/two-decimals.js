// Mistake: rounds the rate to 2 decimal places.
function conversionBySegment(sessions) {
  const seen = new Set(), out = {};
  for (const s of sessions) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    const seg = s.segment ?? 'unknown';
    const r = out[seg] || (out[seg] = { sessions: 0, conversions: 0, rate: 0 });
    r.sessions++;
    if (s.converted) r.conversions++;
  }
  for (const r of Object.values(out)) r.rate = Math.round((r.conversions / r.sessions) * 100) / 100;
  return out;
}
