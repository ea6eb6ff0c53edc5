// Mistake: applies events in arrival order without checking seq, so late old events overwrite newer ones.
function processEvents(events, transitions) {
  const seen = new Set(), orders = new Map(), deadLetter = [];
  for (const e of events) {
    if (seen.has(e.eventId)) continue;
    seen.add(e.eventId);
    const cur = orders.get(e.orderId);
    if (cur && !(transitions[cur.status] || []).includes(e.status)) { deadLetter.push(e.eventId); continue; }
    orders.set(e.orderId, { seq: e.seq, status: e.status });
  }
  const statuses = {};
  for (const [id, o] of orders) statuses[id] = o.status;
  return { statuses, deadLetter };
}
