// Mistake: cuts the rate at 4 decimals with Math.floor instead of rounding (2/3 becomes 0.6666).
function conversionBySegment(sessions) {
  const seen = new Set();
  const out = {};
  for (const s of sessions) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    const seg = s.segment === null ? 'unknown' : s.segment;
    out[seg] = out[seg] || { sessions: 0, conversions: 0, rate: 0 };
    out[seg].sessions++;
    if (s.converted) out[seg].conversions++;
  }
  for (const r of Object.values(out)) r.rate = Math.floor((r.conversions / r.sessions) * 10000) / 10000;
  return out;
}
