// Mistake: concatenates and calls sort() without a comparator, which compares numbers as text.
function mergeSorted(a, b) {
  return a.concat(b).sort();
}
