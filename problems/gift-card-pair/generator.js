// n distinct prices and a target no pair reaches, so every solution must look at everything.
function generate(n) {
  const prices = [];
  for (let i = 0; i < n; i++) prices.push(2 * i + 1);
  return [prices, 1];
}
