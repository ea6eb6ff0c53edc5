/**
 * @param {number} capacity
 * @param {number} refillPerSec
 * @param {number[]} timesMs
 * @returns {boolean[]}
 */
function tokenBucket(capacity, refillPerSec, timesMs) {
  // Your code here
}
