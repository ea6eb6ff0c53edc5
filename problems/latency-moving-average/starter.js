/**
 * @param {number[]} ms
 * @param {number} k
 * @returns {number[]}
 */
function movingAverage(ms, k) {
  // Your code here
}
