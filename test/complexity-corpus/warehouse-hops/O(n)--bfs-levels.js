// Level by level: each frontier is a fresh array, so nothing is shifted.
function fewestHops(routes, from, to) {
  if (from === to) return 0;
  const graph = new Map();
  const add = (a, b) => { if (!graph.has(a)) graph.set(a, []); graph.get(a).push(b); };
  routes.forEach(([a, b]) => { add(a, b); add(b, a); });
  const visited = new Set([from]);
  let frontier = [from];
  for (let hops = 1; frontier.length > 0; hops++) {
    const next = [];
    for (const w of frontier) {
      for (const v of graph.get(w) || []) {
        if (v === to) return hops;
        if (!visited.has(v)) { visited.add(v); next.push(v); }
      }
    }
    frontier = next;
  }
  return -1;
}
