// Mistake: checks the transition even for an order's first event, so an order first seen as "shipped" is dead-lettered.
function processEvents(events, transitions) {
  const seen = new Set();
  const orders = new Map(); // orderId -> { seq, status }
  const deadLetter = [];
  for (const e of events) {
    if (seen.has(e.eventId)) continue;
    seen.add(e.eventId);
    const current = orders.get(e.orderId);
    if (current && e.seq <= current.seq) continue;
    if (!(transitions[current ? current.status : 'placed'] || []).includes(e.status) && !(current === undefined && e.status === 'placed')) {
      deadLetter.push(e.eventId);
      continue;
    }
    orders.set(e.orderId, { seq: e.seq, status: e.status });
  }
  const statuses = {};
  for (const [id, o] of orders) statuses[id] = o.status;
  return { statuses, deadLetter };
}
