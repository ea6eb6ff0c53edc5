// Mistake: returns the pair with the smallest i first, not the smallest j.
function findPair(prices, target) {
  for (let i = 0; i < prices.length; i++)
    for (let j = i + 1; j < prices.length; j++)
      if (prices[i] + prices[j] === target) return [i, j];
  return null;
}
