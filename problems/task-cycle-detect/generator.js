// A layered plan with V = n tasks and E ≈ 2n dependencies in about √n layers of √n tasks: a task
// reaches a growing share of the plan (so a search without memory shows its cost) while the
// depth stays small enough for a recursive DFS (128 levels at n = 16384).
function generate(n) {
  const layers = Math.max(2, Math.ceil(Math.sqrt(n)));
  const per = Math.max(1, Math.ceil(n / layers));
  const deps = {};
  for (let i = 0; i < n; i++) {
    const layer = Math.floor(i / per);
    const list = [];
    if (layer + 1 < layers) {
      for (let k = 0; k < 2; k++) {
        const j = (layer + 1) * per + Math.floor(Math.random() * per);
        if (j < n) list.push('t' + j);
      }
    }
    deps['t' + i] = list;
  }
  return [deps];
}
