// Mistake: only looks at segments present this week, so a segment whose traffic vanished is never blamed.
function explainDrop(before, after) {
  const rate = (o, s) => (s === 0 ? 0 : o / s);
  const sb = before.reduce((t, r) => t + r.sessions, 0), sa = after.reduce((t, r) => t + r.sessions, 0);
  const ob = before.reduce((t, r) => t + r.orders, 0), oa = after.reduce((t, r) => t + r.orders, 0);
  if (rate(oa, sa) >= rate(ob, sb)) return null;
  let best = null;
  for (const y of after) {
    const x = before.find((r) => r.segment === y.segment) || { sessions: 0, orders: 0 };
    const w = sb ? x.sessions / sb : 0, w2 = sa ? y.sessions / sa : 0, r = rate(x.orders, x.sessions), r2 = rate(y.orders, y.sessions);
    const c = w2 * r2 - w * r;
    if (!best || c < best.c || (c === best.c && y.segment < best.segment)) best = { segment: y.segment, c, re: w * (r2 - r), me: (w2 - w) * r2 };
  }
  const round = (v) => Math.round(v * 10000) / 10000;
  return { segment: best.segment, contribution: round(best.c), rateEffect: round(best.re), mixEffect: round(best.me) };
}
