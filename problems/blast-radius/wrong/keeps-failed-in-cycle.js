// Mistake: includes the failed service itself when it sits on a cycle.
function impacted(deps, failed) {
  const seen = new Set(), queue = [failed];
  for (let i = 0; i < queue.length; i++) for (const [a, b] of deps) if (b === queue[i] && !seen.has(a)) { seen.add(a); queue.push(a); }
  return [...seen].sort();
}
