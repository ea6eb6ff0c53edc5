/**
 * @param {[string, string][]} routes
 * @param {string} from
 * @param {string} to
 * @returns {number}
 */
function fewestHops(routes, from, to) {
  // Your code here
}
