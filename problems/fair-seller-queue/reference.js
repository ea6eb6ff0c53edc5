function interleave(queues) {
  const out = [];
  const longest = Math.max(0, ...queues.map((q) => q.orders.length));
  for (let round = 0; round < longest; round++) {
    for (const q of queues) {
      if (round < q.orders.length) out.push(q.orders[round]);
    }
  }
  return out;
}
