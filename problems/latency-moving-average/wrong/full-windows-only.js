// Mistake: returns an average only once a full window of k values exists, so there are too few points.
function movingAverage(ms, k) {
  const out = [];
  let sum = 0;
  for (let i = 0; i < ms.length; i++) {
    sum += ms[i];
    if (i >= k) sum -= ms[i - k];
    if (i >= k - 1) out.push(Math.round((sum / k) * 100) / 100);
  }
  return out;
}
