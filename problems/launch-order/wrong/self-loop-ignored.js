// Mistake: skips a dependency on the task itself, so a task that depends on itself is scheduled instead of returning null.
function launchOrder(tasks, deps) {
  const waiting = new Map(tasks.map((t) => [t, 0]));
  const unlocks = new Map(tasks.map((t) => [t, []]));
  for (const t of tasks) {
    for (const d of new Set(deps[t] || [])) {
      if (d === t) continue;
      waiting.set(t, waiting.get(t) + 1);
      unlocks.get(d).push(t);
    }
  }
  const order = tasks.filter((t) => waiting.get(t) === 0);
  for (let i = 0; i < order.length; i++) {
    for (const next of unlocks.get(order[i])) {
      waiting.set(next, waiting.get(next) - 1);
      if (waiting.get(next) === 0) order.push(next);
    }
  }
  return order.length === tasks.length ? order : null;
}
