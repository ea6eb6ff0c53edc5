function impacted(deps, failed) {
  const callers = new Map();
  for (const [a, b] of deps) {
    if (!callers.has(b)) callers.set(b, []);
    callers.get(b).push(a);
  }
  const seen = new Set([failed]);
  const queue = [failed];
  for (let i = 0; i < queue.length; i++) {
    for (const c of callers.get(queue[i]) || []) {
      if (!seen.has(c)) { seen.add(c); queue.push(c); }
    }
  }
  seen.delete(failed);
  return [...seen].sort();
}
