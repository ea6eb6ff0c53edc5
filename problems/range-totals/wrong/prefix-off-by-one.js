// Mistake: prefix[i] includes day i, and the subtraction drops the first day of the range.
function rangeTotals(daily, queries) {
  const prefix = [];
  let s = 0;
  for (const d of daily) prefix.push((s += d));
  return queries.map(([from, to]) => prefix[to] - prefix[from]);
}
