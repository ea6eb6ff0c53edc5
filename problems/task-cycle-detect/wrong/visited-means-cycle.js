// Mistake: treats any task seen before as a cycle, so a shared dependency (diamond) looks circular.
function hasCycle(deps) {
  const seen = new Set();
  function visit(task) {
    if (seen.has(task)) return true;
    seen.add(task);
    return (deps[task] || []).some(visit);
  }
  return Object.keys(deps).some((t) => !seen.has(t) && visit(t));
}
