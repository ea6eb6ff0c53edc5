// Mistake: rejects k with `k >= daily.length`, so a window as long as the whole history gives null.
function bestWindow(daily, k) {
  if (k < 1 || k >= daily.length) return null;
  let sum = 0;
  for (let i = 0; i < k; i++) sum += daily[i];
  let best = sum;
  for (let i = k; i < daily.length; i++) {
    sum += daily[i] - daily[i - k];
    best = Math.max(best, sum);
  }
  return best;
}
