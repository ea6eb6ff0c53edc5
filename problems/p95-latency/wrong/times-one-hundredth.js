// Mistake: turns p into a fraction with p * 0.01, which is not exact either (95 * 0.01 * 60 is 57.00000000000001).
function percentile(ms, p) {
  const sorted = [...ms].sort((a, b) => a - b);
  return sorted[Math.ceil(p * 0.01 * sorted.length) - 1];
}
