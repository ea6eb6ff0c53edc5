/**
 * @param {({ op: "type"; text: string } | { op: "undo" } | { op: "redo" })[]} ops
 * @returns {string}
 */
function applyEdits(ops) {
  // Your code here
}
