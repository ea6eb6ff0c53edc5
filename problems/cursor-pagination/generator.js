// A large feed and a cursor in the middle; the page size stays fixed.
function generate(n) {
  const items = [];
  for (let i = 0; i < n; i++) items.push({ id: 'p' + String(n - i).padStart(7, '0'), createdAt: 10 * (n - i) });
  const mid = items[Math.floor(n / 2)];
  return [items, 20, mid.createdAt + ':' + mid.id];
}
