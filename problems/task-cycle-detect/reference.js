function hasCycle(deps) {
  const IN_PROGRESS = 1;
  const DONE = 2;
  const state = new Map();
  // Depth-first: reaching a task that is still in progress means we came round in a circle.
  function visit(task) {
    const s = state.get(task);
    if (s === IN_PROGRESS) return true;
    if (s === DONE) return false;
    state.set(task, IN_PROGRESS);
    for (const next of deps[task] || []) {
      if (visit(next)) return true;
    }
    state.set(task, DONE);
    return false;
  }
  for (const task of Object.keys(deps)) {
    if (visit(task)) return true;
  }
  return false;
}
