// ES6 one-liner.
function dedupe(items) {
  return [...new Set(items)];
}
