/**
 * @param {string} s
 * @returns {boolean}
 */
function isBalanced(s) {
  // Your code here
}
