// Correct: expands the whole frontier one level at a time with Sets, without building a graph first (O(levels · routes)).
function fewestHops(routes, from, to) {
  if (from === to) return 0;
  let frontier = new Set([from]);
  const seen = new Set([from]);
  for (let hops = 1; frontier.size > 0; hops++) {
    const next = new Set();
    for (const [a, b] of routes) {
      for (const [x, y] of [[a, b], [b, a]]) {
        if (frontier.has(x) && !seen.has(y)) {
          if (y === to) return hops;
          seen.add(y);
          next.add(y);
        }
      }
    }
    frontier = next;
  }
  return -1;
}
