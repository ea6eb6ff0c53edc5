// Mistake: sorts by count only, so tied SKUs stay in the order they were first bought.
function topK(skus, k) {
  const counts = new Map();
  for (const sku of skus) counts.set(sku, (counts.get(sku) || 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a)).slice(0, k);
}
