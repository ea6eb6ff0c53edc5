// Mistake: rejects warehouses that are on no route before checking from === to, so ("Q", "Q") gives -1.
function fewestHops(routes, from, to) {
  const graph = {};
  for (const [a, b] of routes) {
    (graph[a] = graph[a] || []).push(b);
    (graph[b] = graph[b] || []).push(a);
  }
  if (!graph[from] || !graph[to]) return -1;
  if (from === to) return 0;
  const dist = { [from]: 0 };
  const queue = [from];
  while (queue.length) {
    const here = queue.shift();
    for (const next of graph[here]) {
      if (next in dist) continue;
      dist[next] = dist[here] + 1;
      queue.push(next);
    }
  }
  return to in dist ? dist[to] : -1;
}
