/**
 * @param {string[]} skus
 * @param {number} k
 * @returns {string[]}
 */
function topK(skus, k) {
  // Your code here
}
