// Mistake: returns the services in the order the search found them, without sorting.
function impacted(deps, failed) {
  const seen = new Set([failed]);
  const out = [];
  const queue = [failed];
  for (let i = 0; i < queue.length; i++) {
    for (const [a, b] of deps) if (b === queue[i] && !seen.has(a)) { seen.add(a); out.push(a); queue.push(a); }
  }
  return out;
}
