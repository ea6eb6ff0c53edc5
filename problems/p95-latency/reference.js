function percentile(ms, p) {
  const sorted = [...ms].sort((a, b) => a - b);
  // p * N is an exact integer product; dividing once keeps the rank exact.
  const rank = Math.ceil((p * sorted.length) / 100);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
