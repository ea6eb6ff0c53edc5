// Correct: round r takes orders[r] of every seller that has one, for r up to the longest queue (O(sellers × longest)).
function interleave(queues) {
  const longest = Math.max(0, ...queues.map((q) => q.orders.length));
  const out = [];
  for (let r = 0; r < longest; r++) {
    for (const q of queues) if (r < q.orders.length) out.push(q.orders[r]);
  }
  return out;
}
