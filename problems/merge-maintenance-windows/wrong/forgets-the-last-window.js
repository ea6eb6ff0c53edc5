// Mistake: adds a window to the result only when the next one starts a new window, so the last one is lost.
function mergeWindows(w) {
  const sorted = w.map(([s, e]) => [s, e]).sort((a, b) => a[0] - b[0]);
  const merged = [];
  let current = sorted[0];
  for (let i = 1; i < sorted.length; i++) {
    const [start, end] = sorted[i];
    if (start <= current[1]) current[1] = Math.max(current[1], end);
    else {
      merged.push(current);
      current = [start, end];
    }
  }
  return merged;
}
