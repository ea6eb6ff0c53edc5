// V = n tasks, E ≈ 1.5n dependencies. Half the tasks depend on nothing, so a Kahn queue starts
// n/2 long and a queue drained with shift() shows its O(n) cost per step. The other half sits in
// about √(n/2) layers: each depends on two neighbours in the layer before and on one free task.
function generate(n) {
  const free = Math.floor(n / 2);
  const rest = n - free;
  const width = Math.max(1, Math.ceil(Math.sqrt(rest)));
  const name = (i) => 't' + i;
  const tasks = [];
  const deps = {};
  for (let i = 0; i < free; i++) tasks.push(name(i));
  for (let j = 0; j < rest; j++) {
    const t = name(free + j);
    tasks.push(t);
    const layer = Math.floor(j / width);
    const pos = j % width;
    const list = free > 0 ? [name(Math.floor(Math.random() * free))] : [];
    if (layer > 0) {
      const prev = (layer - 1) * width;
      list.push(name(free + prev + pos), name(free + prev + ((pos + 1) % width)));
    }
    deps[t] = list;
  }
  return [tasks.reverse(), deps];
}
