// Mistake: skips a value equal to the last one added, so an event time shared by both feeds appears once.
function mergeSorted(a, b) {
  const merged = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const v = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (merged.length === 0 || merged[merged.length - 1] !== v) merged.push(v);
  }
  return merged;
}
