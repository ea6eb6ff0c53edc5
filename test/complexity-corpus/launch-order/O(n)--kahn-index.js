function launchOrder(tasks, deps) {
  const remaining = {};
  const unlocks = {};
  tasks.forEach((t) => { remaining[t] = 0; unlocks[t] = []; });
  for (const t of tasks) {
    const seen = new Set();
    for (const d of deps[t] || []) {
      if (seen.has(d)) continue;
      seen.add(d);
      remaining[t] += 1;
      unlocks[d].push(t);
    }
  }
  const order = [];
  for (const t of tasks) if (remaining[t] === 0) order.push(t);
  let head = 0;
  while (head < order.length) {
    const t = order[head++];
    for (const u of unlocks[t]) if (--remaining[u] === 0) order.push(u);
  }
  return order.length === tasks.length ? order : null;
}
