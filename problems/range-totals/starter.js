/**
 * @param {number[]} daily
 * @param {[number, number][]} queries
 * @returns {number[]}
 */
function rangeTotals(daily, queries) {
  // Your code here
}
