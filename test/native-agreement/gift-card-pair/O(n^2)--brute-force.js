// Brute force over all pairs, the pair ending earliest first.
function findPair(prices, target) {
  for (let j = 1; j < prices.length; j++) {
    for (let i = 0; i < j; i++) {
      if (prices[i] + prices[j] === target) return [i, j];
    }
  }
  return null;
}
