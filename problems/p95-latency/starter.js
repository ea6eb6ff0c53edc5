/**
 * @param {number[]} ms
 * @param {number} p
 * @returns {number}
 */
function percentile(ms, p) {
  // Your code here
}
