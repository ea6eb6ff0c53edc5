// Mistake: empties each seller's queue before moving to the next seller, which is not round-robin.
function interleave(queues) {
  const picked = [];
  for (const q of queues) {
    for (const order of q.orders) picked.push(order);
  }
  return picked;
}
