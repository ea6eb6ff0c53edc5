// Mistake: computes p / 100 * N, which floating point sometimes puts just above an integer.
function percentile(ms, p) {
  const sorted = [...ms].sort((a, b) => a - b);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1];
}
