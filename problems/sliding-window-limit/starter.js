/**
 * @param {number} limit
 * @param {number} windowMs
 * @param {{ user: string; t: number }[]} events
 * @returns {boolean[]}
 */
function slidingWindow(limit, windowMs, events) {
  // Your code here
}
