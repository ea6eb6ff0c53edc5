function movingAverage(ms, k) {
  const out = [];
  let sum = 0;
  for (let i = 0; i < ms.length; i++) {
    sum += ms[i];
    if (i >= k) sum -= ms[i - k];
    const size = Math.min(i + 1, k);
    out.push(Math.round((sum / size) * 100) / 100);
  }
  return out;
}
