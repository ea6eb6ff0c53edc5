// Mistake: treats routes as one-way.
function fewestHops(routes, from, to) {
  if (from === to) return 0;
  const dist = new Map([[from, 0]]), queue = [from];
  for (let i = 0; i < queue.length; i++) for (const [a, b] of routes) if (a === queue[i] && !dist.has(b)) { dist.set(b, dist.get(a) + 1); queue.push(b); }
  return dist.has(to) ? dist.get(to) : -1;
}
