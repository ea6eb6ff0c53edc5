// Mistake: sorts the caller's purchase list in place to count runs of equal SKUs.
function topK(skus, k) {
  skus.sort();
  const counts = [];
  for (let i = 0; i < skus.length; i++) {
    if (i === 0 || skus[i] !== skus[i - 1]) counts.push([skus[i], 0]);
    counts[counts.length - 1][1]++;
  }
  counts.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return counts.slice(0, k).map((c) => c[0]);
}
