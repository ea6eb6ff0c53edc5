// Mistake: checks `if (seen[need])`, and index 0 is falsy, so a pair that uses the first item is missed.
function findPair(prices, target) {
  const seen = {};
  for (let j = 0; j < prices.length; j++) {
    const need = target - prices[j];
    if (seen[need]) return [seen[need], j];
    if (!(prices[j] in seen)) seen[prices[j]] = j;
  }
  return null;
}
