function launchOrder(tasks, deps) {
  const need = new Map();
  const after = new Map();
  for (const t of tasks) { need.set(t, 0); after.set(t, []); }
  for (const t of tasks) {
    const unique = [...new Set(deps[t] || [])];
    need.set(t, unique.length);
    for (const d of unique) after.get(d).push(t);
  }
  const queue = tasks.filter((t) => need.get(t) === 0);
  const order = [];
  while (queue.length) {
    const t = queue.shift();
    order.push(t);
    for (const n of after.get(t)) {
      need.set(n, need.get(n) - 1);
      if (need.get(n) === 0) queue.push(n);
    }
  }
  return order.length === tasks.length ? order : null;
}
