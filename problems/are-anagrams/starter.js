/**
 * @param {string} a
 * @param {string} b
 * @returns {boolean}
 */
function areAnagrams(a, b) {
  // Your code here
}
