// Kahn's algorithm as often written: the queue is drained with shift(), which moves every element.
function hasCycle(deps) {
  const indegree = {};
  const dependents = {};
  for (const task of Object.keys(deps)) {
    if (!(task in indegree)) indegree[task] = 0;
    for (const d of deps[task]) {
      if (!(d in indegree)) indegree[d] = 0;
      indegree[task]++;
      (dependents[d] = dependents[d] || []).push(task);
    }
  }
  const queue = Object.keys(indegree).filter((t) => indegree[t] === 0);
  let done = 0;
  while (queue.length > 0) {
    const t = queue.shift();
    done++;
    for (const next of dependents[t] || []) {
      indegree[next]--;
      if (indegree[next] === 0) queue.push(next);
    }
  }
  return done !== Object.keys(indegree).length;
}
