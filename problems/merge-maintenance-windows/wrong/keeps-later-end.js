// Mistake: sets the end to the next window's end, shrinking a window that contains it.
function mergeWindows(w) {
  const s = w.map((x) => [...x]).sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const [a, b] of s) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = b;
    else out.push([a, b]);
  }
  return out;
}
