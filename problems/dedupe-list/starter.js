/**
 * @param {(string|number)[]} items
 * @returns {(string|number)[]}
 */
function dedupe(items) {
  // Your code here
}
