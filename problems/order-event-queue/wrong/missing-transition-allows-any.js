// Mistake: checks the transition only when the current status has an entry, so a final status such as "delivered" can still move.
function processEvents(events, transitions) {
  const seen = new Set();
  const orders = new Map(); // orderId -> { seq, status }
  const deadLetter = [];
  for (const e of events) {
    if (seen.has(e.eventId)) continue;
    seen.add(e.eventId);
    const current = orders.get(e.orderId);
    if (current && e.seq <= current.seq) continue;
    if (current && transitions[current.status] && !transitions[current.status].includes(e.status)) {
      deadLetter.push(e.eventId);
      continue;
    }
    orders.set(e.orderId, { seq: e.seq, status: e.status });
  }
  const statuses = {};
  for (const [id, o] of orders) statuses[id] = o.status;
  return { statuses, deadLetter };
}
