// Mistake: stops when the shortest queue runs out.
function interleave(queues) {
  if (queues.length === 0) return [];
  const shortest = Math.min(...queues.map((q) => q.orders.length));
  const out = [];
  for (let r = 0; r < shortest; r++) for (const q of queues) out.push(q.orders[r]);
  return out;
}
