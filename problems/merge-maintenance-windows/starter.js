/**
 * @param {[number, number][]} w
 * @returns {[number, number][]}
 */
function mergeWindows(w) {
  // Your code here
}
