// Mistake: empties one seller's queue before moving to the next one.
function interleave(queues) {
  return queues.flatMap((q) => q.orders);
}
