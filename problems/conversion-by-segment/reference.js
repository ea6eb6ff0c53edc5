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
  for (const row of Object.values(out)) row.rate = Math.round((row.conversions / row.sessions) * 10000) / 10000;
  return out;
}
