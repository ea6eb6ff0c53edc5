// Accepts any order in which every task follows its dependencies; null exactly when there is a cycle.
function validate(args, output) {
  const tasks = args[0];
  const deps = args[1];
  const state = {};
  function cyclic(t) {
    if (state[t] === 1) return true;
    if (state[t] === 2) return false;
    state[t] = 1;
    for (const d of deps[t] || []) if (cyclic(d)) return true;
    state[t] = 2;
    return false;
  }
  let hasCycle = false;
  for (const t of tasks) if (cyclic(t)) { hasCycle = true; break; }
  if (hasCycle) return output === null ? true : 'there is a cycle, so the answer should be null';
  if (output === null) return 'there is no cycle, but the answer was null';
  if (!Array.isArray(output)) return 'the answer should be a list of tasks';
  if (output.length !== tasks.length) return 'the order should contain each of the ' + tasks.length + ' tasks once, not ' + output.length;
  const position = {};
  for (let i = 0; i < output.length; i++) {
    if (tasks.indexOf(output[i]) === -1) return '"' + output[i] + '" is not one of the tasks';
    if (position[output[i]] !== undefined) return '"' + output[i] + '" appears twice';
    position[output[i]] = i;
  }
  for (const t of tasks) for (const d of deps[t] || []) {
    if (position[d] > position[t]) return '"' + t + '" comes before its dependency "' + d + '"';
  }
  return true;
}
