// Two-sum with a complement map in a plain object; the first index of each price is kept.
var findPair = function (prices, target) {
  var index = Object.create(null);
  for (var j = 0; j < prices.length; j++) {
    var need = target - prices[j];
    if (need in index) return [index[need], j];
    if (!(prices[j] in index)) index[prices[j]] = j;
  }
  return null;
};
