function hasCycle(deps) {
  for (const start of Object.keys(deps)) {
    const seen = new Set();
    const stack = [...(deps[start] || [])];
    while (stack.length) {
      const t = stack.pop();
      if (t === start) return true;
      if (seen.has(t)) continue;
      seen.add(t);
      for (const d of deps[t] || []) stack.push(d);
    }
  }
  return false;
}
