// Mistake: does not skip sellers that have run out, so their empty turns come out as missing orders.
function interleave(queues) {
  const longest = Math.max(0, ...queues.map((q) => q.orders.length));
  const picked = [];
  for (let r = 0; r < longest; r++) {
    for (const q of queues) picked.push(q.orders[r]);
  }
  return picked;
}
