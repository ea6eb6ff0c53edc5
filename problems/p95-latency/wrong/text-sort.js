// Mistake: sorts without a comparator, so numbers are compared as text and 100 comes before 9.
function percentile(ms, p) {
  const sorted = [...ms].sort();
  return sorted[Math.ceil((p * sorted.length) / 100) - 1];
}
