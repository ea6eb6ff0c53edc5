// Correct but O(n·k): adds up every window from scratch.
function bestWindow(daily, k) {
  if (!(k >= 1 && k <= daily.length)) return null;
  let best = null;
  for (let s = 0; s <= daily.length - k; s++) {
    const sum = daily.slice(s, s + k).reduce((a, b) => a + b, 0);
    if (best === null || sum > best) best = sum;
  }
  return best;
}
