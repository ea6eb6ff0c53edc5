// Mistake: turns the caller's daily list into running totals in place to save memory.
function rangeTotals(daily, queries) {
  for (let i = 1; i < daily.length; i++) daily[i] += daily[i - 1];
  return queries.map(([from, to]) => daily[to] - (from > 0 ? daily[from - 1] : 0));
}
