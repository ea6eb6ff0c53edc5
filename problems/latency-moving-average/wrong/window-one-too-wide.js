// Mistake: removes the leaving value one step late, so each full window holds k + 1 values.
function movingAverage(ms, k) {
  let sum = 0;
  return ms.map((v, i) => {
    sum += v;
    if (i > k) sum -= ms[i - k - 1];
    return Math.round((sum / Math.min(i + 1, k + 1)) * 100) / 100;
  });
}
