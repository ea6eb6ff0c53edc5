// Mistake: lists only the direct callers.
function impacted(deps, failed) {
  return [...new Set(deps.filter(([a, b]) => b === failed && a !== failed).map(([a]) => a))].sort();
}
