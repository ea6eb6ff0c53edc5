// Mistake: concatenates and calls sort() without a comparator, which sorts numbers as text.
function mergeSorted(a, b) {
  return a.concat(b).sort();
}
