// Mistake: the loop runs while i <= k, so it returns k + 1 SKUs (and one SKU for k = 0).
function topK(skus, k) {
  const counts = new Map();
  for (const sku of skus) counts.set(sku, (counts.get(sku) || 0) + 1);
  const ranked = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a) || (a < b ? -1 : 1));
  const picked = [];
  for (let i = 0; i <= k && i < ranked.length; i++) picked.push(ranked[i]);
  return picked;
}
