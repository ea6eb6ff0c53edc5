// Mistake: upper-cases SKUs before matching, so "sku1" and "SKU1" cancel each other.
function missingSkus(expected, received) {
  const arrived = new Map();
  for (const sku of received) arrived.set(sku.toUpperCase(), (arrived.get(sku.toUpperCase()) || 0) + 1);
  expected = expected.map((s) => s.toUpperCase());
  const missing = [];
  for (const sku of expected) {
    const left = arrived.get(sku) || 0;
    if (left > 0) arrived.set(sku, left - 1);
    else missing.push(sku);
  }
  return missing;
}
