// Mistake: tests the open window's end for truthiness, so a window that ends at minute 0 looks like no window at all and the one starting at 0 is not merged with it.
function mergeWindows(w) {
  const sorted = [...w].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out = [];
  let start = null;
  let end = null;
  for (const [s, e] of sorted) {
    if (end && s <= end) end = Math.max(end, e);
    else {
      if (end !== null) out.push([start, end]);
      start = s;
      end = e;
    }
  }
  if (end !== null) out.push([start, end]);
  return out;
}
