// Mistake: does not skip duplicate event ids (a redelivered illegal event is dead-lettered twice).
function processEvents(events, transitions) {
  const orders = new Map(), deadLetter = [];
  for (const e of events) {
    const cur = orders.get(e.orderId);
    if (cur && e.seq <= cur.seq) continue;
    if (cur && !(transitions[cur.status] || []).includes(e.status)) { deadLetter.push(e.eventId); continue; }
    orders.set(e.orderId, { seq: e.seq, status: e.status });
  }
  const statuses = {};
  for (const [id, o] of orders) statuses[id] = o.status;
  return { statuses, deadLetter };
}
