// Mistake: rounds every share and rate to 4 dp before computing the contribution and the two effects, so the products drift past the 4th decimal.
function explainDrop(before, after) {
  const total = (rows) => rows.reduce((t, r) => ({ s: t.s + r.sessions, o: t.o + r.orders }), { s: 0, o: 0 });
  const tb = total(before), ta = total(after);
  const rate = (o, s) => (s === 0 ? 0 : o / s);
  if (rate(ta.o, ta.s) >= rate(tb.o, tb.s)) return null;
  const b = new Map(before.map((r) => [r.segment, r]));
  const a = new Map(after.map((r) => [r.segment, r]));
  const round = (x) => Math.round(x * 10000) / 10000;
  let best = null;
  for (const segment of new Set([...b.keys(), ...a.keys()])) {
    const x = b.get(segment) || { sessions: 0, orders: 0 };
    const y = a.get(segment) || { sessions: 0, orders: 0 };
    // shares and rates rounded to 4 dp as soon as they are computed, as a dashboard shows them
    const w = round(tb.s === 0 ? 0 : x.sessions / tb.s), w2 = round(ta.s === 0 ? 0 : y.sessions / ta.s);
    const r = round(rate(x.orders, x.sessions)), r2 = round(rate(y.orders, y.sessions));
    const row = { segment, contribution: w2 * r2 - w * r, rateEffect: w * (r2 - r), mixEffect: (w2 - w) * r2 };
    if (!best || row.contribution < best.contribution - 1e-12 || (Math.abs(row.contribution - best.contribution) <= 1e-12 && segment < best.segment)) best = row;
  }
  return { segment: best.segment, contribution: round(best.contribution), rateEffect: round(best.rateEffect), mixEffect: round(best.mixEffect) };
}
