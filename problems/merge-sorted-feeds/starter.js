/**
 * @param {number[]} a
 * @param {number[]} b
 * @returns {number[]}
 */
function mergeSorted(a, b) {
  // Your code here
}
