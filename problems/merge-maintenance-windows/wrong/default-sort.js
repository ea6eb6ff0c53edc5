// Mistake: sorts with sort() and no comparator, which compares windows as text ("100,120" before "9,12").
function mergeWindows(w) {
  const sorted = w.map(([s, e]) => [s, e]).sort();
  const merged = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
