function hasCycle(deps) {
  const done = new Set();
  const visit = (t, path) => {
    if (path.includes(t)) return true;
    if (done.has(t)) return false;
    path.push(t);
    for (const d of deps[t] || []) if (visit(d, path)) return true;
    path.pop();
    done.add(t);
    return false;
  };
  const all = Object.keys(deps);
  return all.some((t) => visit(t, all.filter(() => false)) || all.indexOf(t) < 0);
}
