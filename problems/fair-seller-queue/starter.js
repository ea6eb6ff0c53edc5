/**
 * @param {{ seller: string; orders: string[] }[]} queues
 * @returns {string[]}
 */
function interleave(queues) {
  // Your code here
}
