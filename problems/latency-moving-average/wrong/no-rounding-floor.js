// Mistake: truncates instead of rounding to 2 decimal places.
function movingAverage(ms, k) {
  let sum = 0;
  return ms.map((v, i) => {
    sum += v;
    if (i >= k) sum -= ms[i - k];
    return Math.floor((sum / Math.min(i + 1, k)) * 100) / 100;
  });
}
