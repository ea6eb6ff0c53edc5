// Sliding window: add the day entering, subtract the day leaving.
function bestWindow(daily, k) {
  if (k < 1 || k > daily.length) return null;
  let sum = daily.slice(0, k).reduce((s, x) => s + x, 0);
  let best = sum;
  for (let end = k; end < daily.length; end++) {
    sum += daily[end] - daily[end - k];
    best = Math.max(best, sum);
  }
  return best;
}
