/**
 * @param {Record<string, string[]>} deps for each task, the tasks it depends on
 * @returns {boolean}
 */
function hasCycle(deps) {
  // Your code here
}
