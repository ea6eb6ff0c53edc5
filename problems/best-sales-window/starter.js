/**
 * @param {number[]} daily
 * @param {number} k
 * @returns {number | null}
 */
function bestWindow(daily, k) {
  // Your code here
}
