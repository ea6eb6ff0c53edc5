function percentile(ms, p) {
  const sorted = [...ms].sort((a, b) => a - b);
  // Multiply before dividing: p × N is an exact whole number, so one division keeps the rank exact.
  const rank = Math.ceil((p * sorted.length) / 100);
  return sorted[rank - 1];
}
