// Layers of about √n tasks; each task depends on two tasks of the previous layer.
function generate(n) {
  const per = Math.max(1, Math.ceil(Math.sqrt(n)));
  const tasks = [];
  const deps = {};
  for (let i = 0; i < n; i++) {
    const t = 't' + i;
    tasks.push(t);
    const layer = Math.floor(i / per);
    if (layer > 0) deps[t] = ['t' + ((layer - 1) * per + Math.floor(Math.random() * per)), 't' + ((layer - 1) * per + Math.floor(Math.random() * per))];
  }
  return [tasks.reverse(), deps];
}
