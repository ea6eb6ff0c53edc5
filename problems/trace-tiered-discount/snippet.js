// Totals are in cents. Promotion: 10% off from $50, 20% off from $100.
const TIERS = { small: 5000, large: 10000 };

function discountedTotal(subtotal) {
  if (subtotal >= TIERS.small) {
    return subtotal - Math.round(subtotal * 0.10);
  }
  if (subtotal >= TIERS.large) {
    return subtotal - Math.round(subtotal * 0.20);
  }
  return subtotal;
}
