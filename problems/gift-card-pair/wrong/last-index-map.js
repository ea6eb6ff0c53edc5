// Mistake: the Map keeps the last index of each price, so ties pick the wrong i.
function findPair(prices, target) {
  const index = new Map();
  for (let j = 0; j < prices.length; j++) {
    if (index.has(target - prices[j])) return [index.get(target - prices[j]), j];
    index.set(prices[j], j);
  }
  return null;
}
