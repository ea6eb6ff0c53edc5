function hasCycle(deps) {
  const state = {};
  for (const root of Object.keys(deps)) {
    if (state[root]) continue;
    const stack = [[root, 0]];
    state[root] = 1;
    while (stack.length) {
      const top = stack[stack.length - 1];
      const next = (deps[top[0]] || [])[top[1]++];
      if (next === undefined) { state[top[0]] = 2; stack.pop(); continue; }
      if (state[next] === 1) return true;
      if (!state[next]) { state[next] = 1; stack.push([next, 0]); }
    }
  }
  return false;
}
