// Correct: rounds with Number(x.toFixed(4)) and groups with reduce.
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
