function fewestHops(routes, from, to) {
  if (from === to) return 0;
  const adj = {};
  for (const [a, b] of routes) {
    (adj[a] = adj[a] || []).push(b);
    (adj[b] = adj[b] || []).push(a);
  }
  const seen = new Set([from]);
  const queue = [[from, 0]];
  while (queue.length) {
    const [node, hops] = queue.shift();
    for (const next of adj[node] || []) {
      if (next === to) return hops + 1;
      if (!seen.has(next)) { seen.add(next); queue.push([next, hops + 1]); }
    }
  }
  return -1;
}
