// A hub joined to half the warehouses, so a BFS queue really holds about n/2 warehouses at once (a
// shift() queue pays for that on every step); the other half is a path hanging off one of them, and
// the destination ends it, so every solution searches the whole network before it finds the answer.
function generate(n) {
  const routes = [];
  const half = Math.max(1, Math.floor(n / 2));
  for (let i = 1; i <= half; i++) routes.push(['w' + i, 'w0']);
  for (let i = half + 1; i < n; i++) routes.push(['w' + (i - 1), 'w' + i]);
  // A few repeated routes, which the statement allows.
  for (let i = 1; i < n; i += 16) routes.push(['w0', 'w' + Math.min(i, half)]);
  return [routes, 'w0', 'w' + Math.max(1, n - 1)];
}
