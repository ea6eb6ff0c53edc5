// Correct: an object keyed by type and value, so 1 and "1" stay apart.
function dedupe(items) {
  const seen = {};
  const result = [];
  items.forEach(function (item) {
    const tag = typeof item + ':' + item;
    if (!Object.prototype.hasOwnProperty.call(seen, tag)) {
      seen[tag] = true;
      result.push(item);
    }
  });
  return result;
}
