// Mistake: lets an item pair with itself when its price is half the target.
function findPair(prices, target) {
  const index = new Map();
  prices.forEach((p, i) => { if (!index.has(p)) index.set(p, i); });
  for (let j = 0; j < prices.length; j++) {
    const i = index.get(target - prices[j]);
    if (i !== undefined) return [Math.min(i, j), Math.max(i, j)];
  }
  return null;
}
