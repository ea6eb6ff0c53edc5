// Mistake: picks the segment whose own rate fell most, ignoring its share of traffic.
function explainDrop(before, after) {
  const rate = (o, s) => (s === 0 ? 0 : o / s);
  const sum = (rows) => rows.reduce((t, r) => [t[0] + r.orders, t[1] + r.sessions], [0, 0]);
  const [ob, sb] = sum(before), [oa, sa] = sum(after);
  if (rate(oa, sa) >= rate(ob, sb)) return null;
  let best = null;
  for (const x of before) {
    const y = after.find((r) => r.segment === x.segment) || { sessions: 0, orders: 0 };
    const w = x.sessions / sb, w2 = y.sessions / sa, r = rate(x.orders, x.sessions), r2 = rate(y.orders, y.sessions);
    const d = r2 - r;
    if (!best || d < best.d || (d === best.d && x.segment < best.segment)) best = { segment: x.segment, d, c: w2 * r2 - w * r, re: w * (r2 - r), me: (w2 - w) * r2 };
  }
  const round = (v) => Math.round(v * 10000) / 10000;
  return { segment: best.segment, contribution: round(best.c), rateEffect: round(best.re), mixEffect: round(best.me) };
}
