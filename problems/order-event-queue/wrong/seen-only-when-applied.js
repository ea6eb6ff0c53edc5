// Mistake: remembers an eventId only when the event is applied, so a redelivered stale event gets a second chance.
function processEvents(events, transitions) {
  const seen = new Set();
  const orders = new Map(); // orderId -> { seq, status }
  const deadLetter = [];
  for (const e of events) {
    if (seen.has(e.eventId)) continue;
    const current = orders.get(e.orderId);
    if (current && e.seq <= current.seq) continue;
    if (current && !(transitions[current.status] || []).includes(e.status)) {
      seen.add(e.eventId);
      deadLetter.push(e.eventId);
      continue;
    }
    seen.add(e.eventId);
    orders.set(e.orderId, { seq: e.seq, status: e.status });
  }
  const statuses = {};
  for (const [id, o] of orders) statuses[id] = o.status;
  return { statuses, deadLetter };
}
