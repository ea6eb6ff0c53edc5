// A visited list instead of a set: every membership check scans it.
function fewestHops(routes, from, to) {
  if (from === to) return 0;
  const visited = [from];
  let frontier = [from];
  const near = {};
  for (const [a, b] of routes) { (near[a] = near[a] || []).push(b); (near[b] = near[b] || []).push(a); }
  let hops = 0;
  while (frontier.length) {
    hops++;
    const next = [];
    for (const w of frontier) for (const v of near[w] || []) {
      if (v === to) return hops;
      if (!visited.includes(v)) { visited.push(v); next.push(v); }
    }
    frontier = next;
  }
  return -1;
}
