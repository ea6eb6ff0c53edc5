// A binary tree of callers pointing at the root, plus extra cross calls.
function generate(n) {
  const deps = [];
  for (let i = 1; i < n; i++) deps.push(['s' + i, 's' + Math.floor((i - 1) / 2)]);
  for (let i = 3; i < n; i += 4) deps.push(['s' + i, 's' + Math.floor(Math.random() * i)]);
  return [deps, 's0'];
}
