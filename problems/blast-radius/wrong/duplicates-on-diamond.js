// Mistake: adds every caller it meets to the result, so a service reached by two paths is listed twice.
function impacted(deps, failed) {
  const result = [];
  const expanded = new Set([failed]);
  const queue = [failed];
  while (queue.length) {
    const s = queue.shift();
    for (const [a, b] of deps) {
      if (b !== s || a === failed) continue;
      result.push(a);
      if (!expanded.has(a)) { expanded.add(a); queue.push(a); }
    }
  }
  return result.sort();
}
