// The promotion as marketing wrote it: the larger tier wins.
function discountedTotal(subtotal) {
  if (subtotal >= 10000) return subtotal - Math.round(subtotal * 0.2);
  if (subtotal >= 5000) return subtotal - Math.round(subtotal * 0.1);
  return subtotal;
}
