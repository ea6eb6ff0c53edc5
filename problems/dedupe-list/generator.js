// Mostly distinct values with some repeats, so a scan-the-output solution shows its quadratic cost.
function generate(n) {
  const items = [];
  for (let i = 0; i < n; i++) {
    items.push(Math.random() < 0.1 && i > 0 ? items[Math.floor(Math.random() * i)] : i);
  }
  return [items];
}
