function movingAverage(ms, k) {
  return ms.map((_, i) => {
    const window = ms.slice(Math.max(0, i - k + 1), i + 1);
    const total = window.reduce((a, b) => a + b, 0);
    return Math.round((total / window.length) * 100) / 100;
  });
}
