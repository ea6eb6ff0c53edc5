function mergeSorted(a, b) {
  const merged = [];
  let i = 0;
  let j = 0;
  // The smallest value left is always at the front of a or of b.
  while (i < a.length && j < b.length) {
    if (a[i] <= b[j]) merged.push(a[i++]);
    else merged.push(b[j++]);
  }
  // One feed has run out; the rest of the other is already in order.
  while (i < a.length) merged.push(a[i++]);
  while (j < b.length) merged.push(b[j++]);
  return merged;
}
