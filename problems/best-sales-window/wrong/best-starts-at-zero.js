// Mistake: starts the best sum at 0, so an all-negative history returns 0.
function bestWindow(daily, k) {
  if (k < 1 || k > daily.length) return null;
  let best = 0;
  for (let i = 0; i + k <= daily.length; i++) {
    let s = 0;
    for (let j = i; j < i + k; j++) s += daily[j];
    best = Math.max(best, s);
  }
  return best;
}
