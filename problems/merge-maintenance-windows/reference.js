function mergeWindows(w) {
  // Sort a copy by start (numerically): windows that must merge are then next to each other.
  const sorted = w.map(([start, end]) => [start, end]).sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) {
      last[1] = Math.max(last[1], end); // overlaps or touches: extend, never shrink
    } else {
      merged.push([start, end]);
    }
  }
  return merged;
}
