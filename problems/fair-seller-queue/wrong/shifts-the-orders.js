// Mistake: takes each seller's orders with shift(), emptying the caller's queues.
function interleave(queues) {
  const out = [];
  let left = true;
  while (left) {
    left = false;
    for (const q of queues) {
      if (q.orders.length) { out.push(q.orders.shift()); left = true; }
    }
  }
  return out;
}
