// Mistake: counts the warehouses on the path (start included) instead of the routes between them: one too many.
function fewestHops(routes, from, to) {
  if (from === to) return 0;
  const graph = new Map();
  for (const [a, b] of routes) {
    graph.set(a, [...(graph.get(a) || []), b]);
    graph.set(b, [...(graph.get(b) || []), a]);
  }
  let frontier = [from];
  const seen = new Set([from]);
  let count = 1;
  while (frontier.length) {
    const nextFrontier = [];
    count++;
    for (const w of frontier) {
      for (const n of graph.get(w) || []) {
        if (n === to) return count;
        if (!seen.has(n)) { seen.add(n); nextFrontier.push(n); }
      }
    }
    frontier = nextFrontier;
  }
  return -1;
}
