function topK(skus, k) {
  // One pass to count the purchases of each SKU.
  const counts = new Map();
  for (const sku of skus) counts.set(sku, (counts.get(sku) || 0) + 1);
  // Most purchases first; on a tie, the lower SKU in plain string order.
  const ranked = [...counts.keys()].sort((a, b) => {
    const byCount = counts.get(b) - counts.get(a);
    if (byCount !== 0) return byCount;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  return ranked.slice(0, k);
}
