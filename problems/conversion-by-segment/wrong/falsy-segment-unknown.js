// Mistake: writes `s.segment || "unknown"`, so the empty-string segment is merged into "unknown".
function conversionBySegment(sessions) {
  const seen = new Set();
  const out = {};
  for (const s of sessions) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    const seg = s.segment || 'unknown';
    out[seg] = out[seg] || { sessions: 0, conversions: 0, rate: 0 };
    out[seg].sessions++;
    if (s.converted) out[seg].conversions++;
  }
  for (const r of Object.values(out)) r.rate = Math.round((r.conversions / r.sessions) * 10000) / 10000;
  return out;
}
