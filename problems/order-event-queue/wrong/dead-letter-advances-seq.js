// Mistake: records the seq of a dead-lettered event, so the next valid event looks stale.
function processEvents(events, transitions) {
  const seen = new Set(), orders = new Map(), deadLetter = [];
  for (const e of events) {
    if (seen.has(e.eventId)) continue;
    seen.add(e.eventId);
    const cur = orders.get(e.orderId);
    if (cur && e.seq <= cur.seq) continue;
    if (cur && !(transitions[cur.status] || []).includes(e.status)) { deadLetter.push(e.eventId); cur.seq = e.seq; continue; }
    orders.set(e.orderId, { seq: e.seq, status: e.status });
  }
  const statuses = {};
  for (const [id, o] of orders) statuses[id] = o.status;
  return { statuses, deadLetter };
}
