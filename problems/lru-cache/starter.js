/**
 * @param {number} capacity
 * @param {(["get", string] | ["put", string, number])[]} ops
 * @returns {(number | null)[]}
 */
function runLru(capacity, ops) {
  // Your code here
}
