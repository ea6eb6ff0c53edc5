// Mistake: counts a repeated dependency twice but unlocks it once, so the task is never ready.
function launchOrder(tasks, deps) {
  const waiting = new Map(tasks.map((t) => [t, (deps[t] || []).length]));
  const unlocks = new Map(tasks.map((t) => [t, new Set()]));
  for (const t of tasks) for (const d of deps[t] || []) unlocks.get(d).add(t);
  const order = tasks.filter((t) => waiting.get(t) === 0);
  for (let i = 0; i < order.length; i++) for (const n of unlocks.get(order[i])) { waiting.set(n, waiting.get(n) - 1); if (waiting.get(n) === 0) order.push(n); }
  return order.length === tasks.length ? order : null;
}
