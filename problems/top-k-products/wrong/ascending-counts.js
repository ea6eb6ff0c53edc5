// Mistake: sorts counts from smallest to largest, so it returns the worst sellers.
function topK(skus, k) {
  const counts = new Map();
  for (const sku of skus) counts.set(sku, (counts.get(sku) || 0) + 1);
  return [...counts.keys()]
    .sort((a, b) => counts.get(a) - counts.get(b) || (a < b ? -1 : 1))
    .slice(0, k);
}
