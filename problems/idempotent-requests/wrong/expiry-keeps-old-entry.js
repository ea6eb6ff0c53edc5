// Mistake: after expiry it creates a new order but keeps remembering the old one, so the next retry replays the stale id.
function handle(reqs, ttlSec) {
  const seen = new Map();
  let next = 1;
  return reqs.map(({ key, body, t }) => {
    const entry = key === null ? undefined : seen.get(key);
    if (entry && t < entry.t + ttlSec) {
      return entry.body === body ? { status: 'replayed', orderId: entry.orderId } : { status: 'conflict', orderId: null };
    }
    const orderId = 'o' + next++;
    if (key !== null && !entry) seen.set(key, { body, orderId, t });
    else if (entry) entry.t = t; // restarts the window but keeps the old body and id
    return { status: 'created', orderId };
  });
}
