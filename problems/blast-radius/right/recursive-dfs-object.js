// Correct: recursive depth-first search over an object of callers (the tests' chains are a few hundred deep at most).
function impacted(deps, failed) {
  const callers = {};
  deps.forEach(([a, b]) => { (callers[b] ||= []).push(a); });
  const hit = {};
  const visit = (s) => {
    for (const c of callers[s] || []) {
      if (c !== failed && !hit[c]) { hit[c] = true; visit(c); }
    }
  };
  visit(failed);
  return Object.keys(hit).sort();
}
