/**
 * @param {string} q
 * @returns {string}
 */
function normalizeQuery(q) {
  // Your code here
}
