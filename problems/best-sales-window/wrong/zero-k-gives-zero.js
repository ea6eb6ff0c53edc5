// Mistake: checks only that k fits the history; k = 0 sums no days and returns 0 instead of null.
function bestWindow(daily, k) {
  if (k > daily.length) return null;
  let best = -Infinity;
  for (let start = 0; start + k <= daily.length; start++) {
    let sum = 0;
    for (let i = start; i < start + k; i++) sum += daily[i];
    best = Math.max(best, sum);
  }
  return best;
}
