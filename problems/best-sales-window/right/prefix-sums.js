// Correct: prefix sums, then the best difference k apart.
function bestWindow(daily, k) {
  if (k < 1 || k > daily.length) return null;
  const prefix = [0];
  daily.forEach((d, i) => prefix.push(prefix[i] + d));
  let best = -Infinity;
  for (let end = k; end < prefix.length; end++) best = Math.max(best, prefix[end] - prefix[end - k]);
  return best;
}
