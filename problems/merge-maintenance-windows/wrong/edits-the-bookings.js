// Mistake: sorts the caller's bookings in place and stretches their windows while merging, changing the input.
function mergeWindows(w) {
  w.sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const win of w) {
    const last = merged[merged.length - 1];
    if (last && win[0] <= last[1]) last[1] = Math.max(last[1], win[1]);
    else merged.push(win);
  }
  return merged;
}
