function fewestHops(routes, from, to) {
  if (from === to) return 0;
  const next = new Map();
  const link = (a, b) => { if (!next.has(a)) next.set(a, []); next.get(a).push(b); };
  for (const [a, b] of routes) { link(a, b); link(b, a); }
  const dist = new Map([[from, 0]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const here = queue[i];
    for (const there of next.get(here) || []) {
      if (dist.has(there)) continue;
      dist.set(there, dist.get(here) + 1);
      if (there === to) return dist.get(there);
      queue.push(there);
    }
  }
  return -1;
}
