/**
 * @param {string[]} tasks
 * @param {Record<string, string[]>} deps
 * @returns {string[] | null}
 */
function launchOrder(tasks, deps) {
  // Your code here
}
