// Mistake: picks the best remaining SKU k times without stopping when the SKUs run out.
function topK(skus, k) {
  const counts = new Map();
  for (const sku of skus) counts.set(sku, (counts.get(sku) || 0) + 1);
  const picked = [];
  for (let i = 0; i < k; i++) {
    let best = null;
    for (const [sku, c] of counts) {
      if (best === null || c > counts.get(best) || (c === counts.get(best) && sku < best)) best = sku;
    }
    picked.push(best);
    counts.delete(best);
  }
  return picked;
}
