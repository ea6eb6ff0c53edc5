// Mistake: counts arrivals in a plain object, so a SKU such as "constructor" or "__proto__" reads a built-in property instead of zero.
function missingSkus(expected, received) {
  const arrived = {};
  for (const sku of received) arrived[sku] = (arrived[sku] || 0) + 1;
  const missing = [];
  for (const sku of expected) {
    if (arrived[sku] > 0) arrived[sku]--;
    else if (arrived[sku]) arrived[sku] = 0;
    else missing.push(sku);
  }
  return missing;
}
