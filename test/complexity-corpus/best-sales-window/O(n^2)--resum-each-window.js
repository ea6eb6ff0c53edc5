// Add up the next k days for every start: k grows with n, so this is quadratic.
function bestWindow(daily, k) {
  if (k < 1 || k > daily.length) return null;
  let best = -Infinity;
  for (let start = 0; start + k <= daily.length; start++) {
    const total = daily.slice(start, start + k).reduce((a, b) => a + b, 0);
    best = Math.max(best, total);
  }
  return best;
}
