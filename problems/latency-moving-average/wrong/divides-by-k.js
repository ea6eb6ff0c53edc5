// Mistake: divides by k even before k values have arrived, so the early averages come out too low.
function movingAverage(ms, k) {
  let sum = 0;
  return ms.map((v, i) => {
    sum += v;
    if (i >= k) sum -= ms[i - k];
    return Math.round((sum / k) * 100) / 100;
  });
}
