// V = n tasks, E ≈ 1.5n dependencies and no cycle, so every solution explores the whole plan.
// Half the tasks depend on nothing: Kahn's queue starts with n/2 tasks, so a queue drained with
// shift() pays for its length on every step. The other half is a lattice of about √(n/2) layers; a
// task depends on two neighbours in the next layer and on one free task, so a search from one task
// reaches a growing share of the plan (a search per task without memory shows its O(n²) cost)
// while paths stay short (a recursive DFS goes about 92 deep at n = 16384).
function generate(n) {
  const free = Math.floor(n / 2);
  const rest = n - free;
  const width = Math.max(1, Math.ceil(Math.sqrt(rest)));
  const name = (i) => 't' + i;
  const deps = {};
  for (let i = 0; i < free; i++) deps[name(i)] = [];
  for (let j = 0; j < rest; j++) {
    const layer = Math.floor(j / width);
    const pos = j % width;
    const list = [name(Math.floor(Math.random() * Math.max(1, free)))];
    const next = (layer + 1) * width;
    if (next < rest) {
      list.push(name(free + Math.min(rest - 1, next + pos)));
      list.push(name(free + Math.min(rest - 1, next + ((pos + 1) % width))));
    }
    deps[name(free + j)] = list;
  }
  return [deps];
}
