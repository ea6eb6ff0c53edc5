/**
 * @param {string[]} ids
 * @returns {string | null}
 */
function firstUnique(ids) {
  // Your code here
}
