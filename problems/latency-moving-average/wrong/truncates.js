// Mistake: cuts off the extra decimals (Math.floor) instead of rounding, so 16.666… becomes 16.66.
function movingAverage(ms, k) {
  let sum = 0;
  return ms.map((v, i) => {
    sum += v;
    if (i >= k) sum -= ms[i - k];
    return Math.floor((sum / Math.min(i + 1, k)) * 100) / 100;
  });
}
