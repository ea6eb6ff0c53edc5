// Mistake: stops when the shortest queue runs out, so a seller with no orders stops everything.
function interleave(queues) {
  if (queues.length === 0) return [];
  const rounds = Math.min(...queues.map((q) => q.orders.length));
  const picked = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queues) picked.push(q.orders[r]);
  }
  return picked;
}
