function conversionBySegment(sessions) {
  const seen = new Set();
  // Segment names are any text, "constructor" and "__proto__" included: a Map has no built-in keys.
  const rows = new Map();
  for (const s of sessions) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    const segment = s.segment === null ? 'unknown' : s.segment;
    if (!rows.has(segment)) rows.set(segment, { sessions: 0, conversions: 0, rate: 0 });
    const row = rows.get(segment);
    row.sessions++;
    if (s.converted) row.conversions++;
  }
  const out = Object.create(null);
  for (const [segment, row] of rows) {
    // Half up exactly, in whole numbers: conversions / sessions × 10,000 + ½, floored. (57 / 800 is
    // 0.07125, which binary floating point stores just below the half.)
    row.rate = Math.floor((row.conversions * 20000 + row.sessions) / (2 * row.sessions)) / 10000;
    out[segment] = row;
  }
  return out;
}
