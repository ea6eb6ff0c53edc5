// Mistake: rounds with toFixed(4), which rounds the binary value: 57 / 800 = 0.07125 is stored just below the half and becomes 0.0712, not 0.0713.
function conversionBySegment(sessions) {
  const seen = {};
  const groups = sessions.reduce((acc, s) => {
    if (Object.prototype.hasOwnProperty.call(seen, s.id)) return acc;
    seen[s.id] = 1;
    const key = s.segment ?? 'unknown';
    const g = (acc[key] ??= { sessions: 0, conversions: 0, rate: 0 });
    g.sessions += 1;
    g.conversions += s.converted ? 1 : 0;
    return acc;
  }, {});
  Object.keys(groups).forEach((k) => { groups[k].rate = Number((groups[k].conversions / groups[k].sessions).toFixed(4)); });
  return groups;
}
