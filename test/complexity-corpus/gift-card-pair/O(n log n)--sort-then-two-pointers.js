// Sort a copy of the indices by price, then walk two pointers inward (sort-then-scan).
function findPair(prices, target) {
  const order = prices.map((_, i) => i).sort((a, b) => prices[a] - prices[b] || a - b);
  let lo = 0, hi = order.length - 1;
  let best = null;
  while (lo < hi) {
    const s = prices[order[lo]] + prices[order[hi]];
    if (s === target) {
      const i = Math.min(order[lo], order[hi]), j = Math.max(order[lo], order[hi]);
      if (!best || j < best[1] || (j === best[1] && i < best[0])) best = [i, j];
      lo++;
    } else if (s < target) lo++;
    else hi--;
  }
  return best;
}
