// Sliding window: add the day that enters, drop the day that leaves.
function bestWindow(daily, k) {
  if (k < 1 || k > daily.length) return null;
  let sum = 0;
  for (let i = 0; i < k; i++) sum += daily[i];
  let best = sum;
  for (let i = k; i < daily.length; i++) {
    sum += daily[i] - daily[i - k];
    if (sum > best) best = sum;
  }
  return best;
}
