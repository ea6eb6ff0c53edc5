function hasCycle(deps) {
  const indegree = new Map();
  const users = new Map();
  const add = (t) => { if (!indegree.has(t)) { indegree.set(t, 0); users.set(t, []); } };
  for (const t of Object.keys(deps)) { add(t); for (const d of deps[t]) { add(d); indegree.set(t, indegree.get(t) + 1); users.get(d).push(t); } }
  const ready = [...indegree].filter(([, n]) => n === 0).map(([t]) => t);
  let done = 0;
  for (let i = 0; i < ready.length; i++) { done++; for (const u of users.get(ready[i])) { indegree.set(u, indegree.get(u) - 1); if (indegree.get(u) === 0) ready.push(u); } }
  return done !== indegree.size;
}
