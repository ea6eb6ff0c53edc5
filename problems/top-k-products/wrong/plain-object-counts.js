// Mistake: counts purchases in a plain object, so a SKU such as "constructor" or "__proto__" starts from a built-in property instead of zero.
function topK(skus, k) {
  const counts = {};
  for (const sku of skus) counts[sku] = (counts[sku] || 0) + 1;
  const ranked = Object.keys(counts).sort((a, b) => counts[b] - counts[a] || (a < b ? -1 : a > b ? 1 : 0));
  return ranked.slice(0, k);
}
