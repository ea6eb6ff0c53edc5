// Mistake: never detects cycles; tasks on a cycle are just appended at the end.
function launchOrder(tasks, deps) {
  const placed = new Set(), order = [];
  let progress = true;
  while (progress) {
    progress = false;
    for (const t of tasks) if (!placed.has(t) && (deps[t] || []).every((d) => placed.has(d))) { placed.add(t); order.push(t); progress = true; }
  }
  for (const t of tasks) if (!placed.has(t)) order.push(t);
  return order;
}
