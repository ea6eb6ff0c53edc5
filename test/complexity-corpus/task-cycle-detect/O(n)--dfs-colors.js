function hasCycle(deps) {
  const state = new Map();
  const visit = (t) => {
    if (state.get(t) === 1) return true;
    if (state.get(t) === 2) return false;
    state.set(t, 1);
    for (const d of deps[t] || []) if (visit(d)) return true;
    state.set(t, 2);
    return false;
  };
  return Object.keys(deps).some((t) => visit(t));
}
