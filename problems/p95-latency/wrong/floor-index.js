// Mistake: uses floor(p × N / 100) as a 0-based index, which is one rank too high whenever that is a whole number.
function percentile(ms, p) {
  const sorted = [...ms].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p * sorted.length) / 100))];
}
