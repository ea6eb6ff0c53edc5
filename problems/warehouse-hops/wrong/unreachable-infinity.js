// Mistake: returns Infinity-like "no distance" (null) instead of -1 when the destination cannot be reached.
function fewestHops(routes, from, to) {
  if (from === to) return 0;
  const graph = new Map();
  for (const [a, b] of routes) {
    if (!graph.has(a)) graph.set(a, []);
    if (!graph.has(b)) graph.set(b, []);
    graph.get(a).push(b);
    graph.get(b).push(a);
  }
  const dist = new Map([[from, 0]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    for (const next of graph.get(queue[i]) || []) {
      if (!dist.has(next)) { dist.set(next, dist.get(queue[i]) + 1); queue.push(next); }
    }
  }
  return dist.has(to) ? dist.get(to) : null;
}
