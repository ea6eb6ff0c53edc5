function missingSkus(expected, received) {
  const arrived = new Map();
  for (const sku of received) arrived.set(sku, (arrived.get(sku) || 0) + 1);
  const missing = [];
  for (const sku of expected) {
    const left = arrived.get(sku) || 0;
    if (left > 0) arrived.set(sku, left - 1);
    else missing.push(sku);
  }
  return missing;
}
