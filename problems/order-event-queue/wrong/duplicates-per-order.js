// Mistake: treats an eventId as a duplicate only within the same order.
function processEvents(events, transitions) {
  const seen = new Set();
  const orders = new Map(); // orderId -> { seq, status }
  const deadLetter = [];
  for (const e of events) {
    if (seen.has(e.orderId + '/' + e.eventId)) continue;
    seen.add(e.orderId + '/' + e.eventId);
    const current = orders.get(e.orderId);
    if (current && e.seq <= current.seq) continue;
    if (current && !(transitions[current.status] || []).includes(e.status)) {
      deadLetter.push(e.eventId);
      continue;
    }
    orders.set(e.orderId, { seq: e.seq, status: e.status });
  }
  const statuses = {};
  for (const [id, o] of orders) statuses[id] = o.status;
  return { statuses, deadLetter };
}
