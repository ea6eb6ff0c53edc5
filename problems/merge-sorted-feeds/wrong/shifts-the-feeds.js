// Mistake: takes events off the front of the caller's feeds with shift(), so both input lists end up empty.
function mergeSorted(a, b) {
  const out = [];
  while (a.length && b.length) out.push(a[0] <= b[0] ? a.shift() : b.shift());
  while (a.length) out.push(a.shift());
  while (b.length) out.push(b.shift());
  return out;
}
