// n purchases spread over about n/2 SKUs, and k = n/4: every size (n, d, k) grows with n,
// so filtering the whole list once per SKU shows as O(n²).
function generate(n) {
  const catalog = Math.max(1, Math.floor(n / 2));
  const skus = [];
  for (let i = 0; i < n; i++) skus.push('SKU-' + Math.floor(Math.random() * catalog));
  return [skus, Math.max(1, Math.floor(n / 4))];
}
