// Mistake: assumes the windows arrive sorted by start.
function mergeWindows(w) {
  const out = [];
  for (const [a, b] of w) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}
