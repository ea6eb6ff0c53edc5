/**
 * @param {[string, string][]} deps
 * @param {string} failed
 * @returns {string[]}
 */
function impacted(deps, failed) {
  // Your code here
}
