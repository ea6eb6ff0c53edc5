// Tally in a Map, sort the entries by count then SKU, take k.
function topK(skus, k) {
  const tally = new Map();
  skus.forEach((s) => tally.set(s, (tally.get(s) ?? 0) + 1));
  return Array.from(tally.entries())
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .slice(0, k)
    .map(([sku]) => sku);
}
