// A ring of n warehouses with chords; the destination is the farthest point.
function generate(n) {
  const routes = [];
  for (let i = 0; i < n; i++) routes.push(['w' + i, 'w' + ((i + 1) % n)]);
  for (let i = 0; i < n; i += 7) routes.push(['w' + i, 'w' + Math.floor(Math.random() * n)]);
  return [routes, 'w0', 'w' + Math.floor(n / 2)];
}
