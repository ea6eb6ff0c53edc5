// Mistake: follows the arrows forwards, listing what the failed service calls.
function impacted(deps, failed) {
  const seen = new Set([failed]), queue = [failed];
  for (let i = 0; i < queue.length; i++) for (const [a, b] of deps) if (a === queue[i] && !seen.has(b)) { seen.add(b); queue.push(b); }
  seen.delete(failed);
  return [...seen].sort();
}
