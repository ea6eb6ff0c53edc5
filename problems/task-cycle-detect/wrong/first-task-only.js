// Mistake: searches only from the first task, so a cycle in another disconnected part is missed.
function hasCycle(deps) {
  const state = new Map();
  function visit(task) {
    if (state.get(task) === 1) return true;
    if (state.get(task) === 2) return false;
    state.set(task, 1);
    const found = (deps[task] || []).some(visit);
    state.set(task, 2);
    return found;
  }
  const first = Object.keys(deps)[0];
  return first === undefined ? false : visit(first);
}
