// Mistake: sorts counts in ascending order, returning the worst sellers.
function topK(skus, k) {
  const counts = new Map();
  for (const s of skus) counts.set(s, (counts.get(s) || 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(a) - counts.get(b) || (a < b ? -1 : 1)).slice(0, k);
}
