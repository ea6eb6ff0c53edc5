// Mistake: reports contribution as the plain rate difference r′ − r.
function explainDrop(before, after) {
  const rate = (o, s) => (s === 0 ? 0 : o / s);
  const sb = before.reduce((t, r) => t + r.sessions, 0), sa = after.reduce((t, r) => t + r.sessions, 0);
  const ob = before.reduce((t, r) => t + r.orders, 0), oa = after.reduce((t, r) => t + r.orders, 0);
  if (rate(oa, sa) >= rate(ob, sb)) return null;
  const names = [...new Set([...before, ...after].map((r) => r.segment))].sort();
  let best = null;
  for (const s of names) {
    const x = before.find((r) => r.segment === s) || { sessions: 0, orders: 0 }, y = after.find((r) => r.segment === s) || { sessions: 0, orders: 0 };
    const w = sb ? x.sessions / sb : 0, w2 = sa ? y.sessions / sa : 0, r = rate(x.orders, x.sessions), r2 = rate(y.orders, y.sessions);
    const c = r2 - r;
    if (!best || c < best.c) best = { segment: s, c, re: w * (r2 - r), me: (w2 - w) * r2 };
  }
  const round = (v) => Math.round(v * 10000) / 10000;
  return { segment: best.segment, contribution: round(best.c), rateEffect: round(best.re), mixEffect: round(best.me) };
}
