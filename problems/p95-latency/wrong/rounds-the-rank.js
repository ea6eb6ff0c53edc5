// Mistake: rounds the rank to the nearest whole number instead of rounding it up.
function percentile(ms, p) {
  const sorted = [...ms].sort((a, b) => a - b);
  const rank = Math.max(1, Math.round((p * sorted.length) / 100));
  return sorted[rank - 1];
}
