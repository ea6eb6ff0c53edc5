function movingAverage(ms, k) {
  const out = [];
  let sum = 0; // the sum of the values currently in the window
  for (let i = 0; i < ms.length; i++) {
    sum += ms[i]; // the newest value joins the window
    if (i >= k) sum -= ms[i - k]; // the oldest one leaves it
    const size = Math.min(i + 1, k);
    out.push(Math.round((sum / size) * 100) / 100);
  }
  return out;
}
