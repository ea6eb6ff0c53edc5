// Mistake: computes the rank as p / 100 * N, which floating point can put just above a whole number.
function percentile(ms, p) {
  const sorted = [...ms].sort((a, b) => a - b);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1];
}
