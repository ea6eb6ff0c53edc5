// Correct but O(n²): j in the outer loop, i in the inner, so the first hit is the smallest j, then the smallest i.
function findPair(prices, target) {
  for (let j = 1; j < prices.length; j++) {
    for (let i = 0; i < j; i++) if (prices[i] + prices[j] === target) return [i, j];
  }
  return null;
}
