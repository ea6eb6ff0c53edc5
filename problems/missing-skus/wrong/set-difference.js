// Mistake: uses a Set, so one received unit cancels every unit of that SKU.
function missingSkus(expected, received) {
  const got = new Set(received);
  return expected.filter((sku) => !got.has(sku));
}
