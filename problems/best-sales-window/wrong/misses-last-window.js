// Mistake: an off-by-one in the loop skips the last window.
function bestWindow(daily, k) {
  if (k < 1 || k > daily.length) return null;
  let best = -Infinity;
  for (let i = 0; i + k < daily.length; i++) {
    let s = 0;
    for (let j = i; j < i + k; j++) s += daily[j];
    best = Math.max(best, s);
  }
  return best === -Infinity ? null : best;
}
