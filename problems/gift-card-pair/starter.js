/**
 * @param {number[]} prices
 * @param {number} target
 * @returns {[number, number] | null}
 */
function findPair(prices, target) {
  // Your code here
}
