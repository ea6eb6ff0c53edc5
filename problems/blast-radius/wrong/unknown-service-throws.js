// Mistake: looks the failed service up in the caller map without a fallback, so an unknown service throws.
function impacted(deps, failed) {
  const callers = {};
  for (const [a, b] of deps) {
    (callers[b] = callers[b] || []).push(a);
    callers[a] = callers[a] || [];
  }
  const seen = new Set([failed]);
  const queue = [failed];
  while (queue.length) {
    for (const c of callers[queue.shift()]) if (!seen.has(c)) { seen.add(c); queue.push(c); }
  }
  seen.delete(failed);
  return [...seen].sort();
}
