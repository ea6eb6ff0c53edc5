// Mistake: a conflicting request overwrites the remembered body, so its retry is replayed as if it had created the order.
function handle(reqs, ttlSec) {
  const seen = new Map();
  let next = 1;
  return reqs.map(({ key, body, t }) => {
    const entry = key === null ? undefined : seen.get(key);
    if (entry && t < entry.t + ttlSec) {
      if (entry.body === body) return { status: 'replayed', orderId: entry.orderId };
      entry.body = body;
      return { status: 'conflict', orderId: null };
    }
    const orderId = 'o' + next++;
    if (key !== null) seen.set(key, { body, orderId, t });
    return { status: 'created', orderId };
  });
}
