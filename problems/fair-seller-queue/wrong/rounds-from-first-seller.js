// Mistake: takes the number of rounds from the first seller, so it crashes with no sellers and stops early when the first seller has fewer orders.
function interleave(queues) {
  const picked = [];
  for (let r = 0; r < queues[0].orders.length; r++) {
    for (const q of queues) {
      if (r < q.orders.length) picked.push(q.orders[r]);
    }
  }
  return picked;
}
