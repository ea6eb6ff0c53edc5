function findPair(prices, target) {
  const firstIndex = new Map();
  for (let j = 0; j < prices.length; j++) {
    const need = target - prices[j];
    if (firstIndex.has(need)) return [firstIndex.get(need), j];
    if (!firstIndex.has(prices[j])) firstIndex.set(prices[j], j);
  }
  return null;
}
