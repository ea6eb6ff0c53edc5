// Mistake: takes each seller's orders with pop(), from the newest end, instead of oldest first.
function interleave(queues) {
  const lists = queues.map((q) => [...q.orders]);
  const out = [];
  let left = true;
  while (left) {
    left = false;
    for (const l of lists) {
      if (l.length) { out.push(l.pop()); left = true; }
    }
  }
  return out;
}
