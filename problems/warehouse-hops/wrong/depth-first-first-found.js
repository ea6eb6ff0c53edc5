// Mistake: returns the length of the first path depth-first search finds, not the shortest.
function fewestHops(routes, from, to) {
  const seen = new Set();
  function dfs(node, depth) {
    if (node === to) return depth;
    seen.add(node);
    for (const [a, b] of routes) {
      const other = a === node ? b : b === node ? a : null;
      if (other !== null && !seen.has(other)) { const d = dfs(other, depth + 1); if (d >= 0) return d; }
    }
    return -1;
  }
  return dfs(from, 0);
}
