// Mistake: breaks ties by first appearance instead of by SKU.
function topK(skus, k) {
  const counts = new Map();
  for (const s of skus) counts.set(s, (counts.get(s) || 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a)).slice(0, k);
}
