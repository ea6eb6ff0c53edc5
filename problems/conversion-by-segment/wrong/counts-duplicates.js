// Mistake: counts duplicate session records as separate sessions.
function conversionBySegment(sessions) {
  const out = {};
  for (const s of sessions) {
    const seg = s.segment ?? 'unknown';
    const r = out[seg] || (out[seg] = { sessions: 0, conversions: 0, rate: 0 });
    r.sessions++;
    if (s.converted) r.conversions++;
  }
  for (const r of Object.values(out)) r.rate = Math.round((r.conversions / r.sessions) * 10000) / 10000;
  return out;
}
