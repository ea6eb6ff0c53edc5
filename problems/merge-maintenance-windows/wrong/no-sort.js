// Mistake: assumes the windows arrive sorted by start, so windows booked out of order are not merged.
function mergeWindows(w) {
  const merged = [];
  for (const [start, end] of w) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
