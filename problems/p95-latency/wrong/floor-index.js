// Mistake: uses floor(p × N / 100) as a 0-based index (interpolation habit), off by one.
function percentile(ms, p) {
  const sorted = [...ms].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p * sorted.length) / 100))];
}
