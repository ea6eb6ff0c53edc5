// Mistake: groups segments in a plain object, so a segment called "constructor", "toString" or "__proto__" finds a built-in property instead of an empty slot.
function conversionBySegment(sessions) {
  const seen = new Set();
  const out = {};
  for (const s of sessions) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    const segment = s.segment === null ? 'unknown' : s.segment;
    const row = out[segment] || (out[segment] = { sessions: 0, conversions: 0, rate: 0 });
    row.sessions++;
    if (s.converted) row.conversions++;
  }
  for (const row of Object.values(out)) row.rate = Math.floor((row.conversions * 20000 + row.sessions) / (2 * row.sessions)) / 10000;
  return out;
}
