// Mistake: keeps the last occurrence of each value instead of the first.
function dedupe(items) {
  return items.filter((x, i) => items.lastIndexOf(x) === i);
}
