// Mistake: compares each window with the previous booking instead of the merged window so far.
function mergeWindows(w) {
  const sorted = w.map(([s, e]) => [s, e]).sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (let i = 0; i < sorted.length; i++) {
    const [start, end] = sorted[i];
    if (i > 0 && start <= sorted[i - 1][1]) {
      const last = merged[merged.length - 1];
      last[1] = Math.max(last[1], end);
    } else {
      merged.push([start, end]);
    }
  }
  return merged;
}
