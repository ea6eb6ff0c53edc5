// Mistake: adds up the k best days, wherever they are, instead of k consecutive days.
function bestWindow(daily, k) {
  if (k < 1 || k > daily.length) return null;
  return [...daily].sort((a, b) => b - a).slice(0, k).reduce((s, x) => s + x, 0);
}
