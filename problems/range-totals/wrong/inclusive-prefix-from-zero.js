// Mistake: an inclusive prefix P[i] = days 0..i, answered as P[to] − P[from − 1], which breaks when from is 0 (P[−1] does not exist).
function rangeTotals(daily, queries) {
  const P = [];
  let run = 0;
  for (const d of daily) P.push((run += d));
  return queries.map(([from, to]) => P[to] - P[from - 1]);
}
