// Repeatedly scan for a task whose dependencies are all done: simple, and quadratic.
function launchOrder(tasks, deps) {
  const done = new Set();
  const order = [];
  const left = tasks.slice();
  while (left.length > 0) {
    const i = left.findIndex((t) => (deps[t] || []).every((d) => done.has(d)));
    if (i < 0) return null;
    const [t] = left.splice(i, 1);
    done.add(t);
    order.push(t);
  }
  return order;
}
