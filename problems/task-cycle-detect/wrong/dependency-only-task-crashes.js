// Mistake: reads deps[d] for every dependency without a fallback, so a task that appears only as a dependency throws.
function hasCycle(deps) {
  const state = {};
  function visit(t) {
    if (state[t] === 'doing') return true;
    if (state[t] === 'done') return false;
    state[t] = 'doing';
    for (const d of deps[t]) if (visit(d)) return true;
    state[t] = 'done';
    return false;
  }
  return Object.keys(deps).some((t) => visit(t));
}
