// Mistake: only checks whether two tasks depend on each other, missing longer loops and self-loops.
function hasCycle(deps) {
  for (const a of Object.keys(deps)) {
    for (const b of deps[a]) {
      if (b !== a && (deps[b] || []).includes(a)) return true;
    }
  }
  return false;
}
