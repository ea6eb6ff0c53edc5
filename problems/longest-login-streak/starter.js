/**
 * @param {number[]} days
 * @returns {number}
 */
function longestStreak(days) {
  // Your code here
}
