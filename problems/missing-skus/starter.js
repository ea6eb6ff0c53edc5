/**
 * @param {string[]} expected
 * @param {string[]} received
 * @returns {string[]}
 */
function missingSkus(expected, received) {
  // Your code here
}
