// Mistake: keeps the last record of a repeated id (a Map overwritten by id), not the first.
function conversionBySegment(sessions) {
  const byId = new Map();
  for (const s of sessions) byId.set(s.id, s);
  const out = {};
  for (const s of byId.values()) {
    const seg = s.segment === null ? 'unknown' : s.segment;
    out[seg] = out[seg] || { sessions: 0, conversions: 0, rate: 0 };
    out[seg].sessions++;
    if (s.converted) out[seg].conversions++;
  }
  for (const r of Object.values(out)) r.rate = Math.round((r.conversions / r.sessions) * 10000) / 10000;
  return out;
}
