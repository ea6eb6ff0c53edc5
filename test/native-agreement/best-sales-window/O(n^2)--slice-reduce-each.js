// Re-sum every window with slice + reduce.
function bestWindow(daily, k) {
  if (k < 1 || k > daily.length) return null;
  let best = -Infinity;
  for (let i = 0; i + k <= daily.length; i++) {
    best = Math.max(best, daily.slice(i, i + k).reduce((s, x) => s + x, 0));
  }
  return best;
}
