function handle(reqs, ttlSec) {
  const seen = new Map(); // key -> { body, orderId, t }
  let next = 1;
  return reqs.map(({ key, body, t }) => {
    if (key !== null) {
      const first = seen.get(key);
      if (first && t < first.t + ttlSec) {
        return first.body === body ? { status: 'replayed', orderId: first.orderId } : { status: 'conflict', orderId: null };
      }
    }
    const orderId = 'o' + next++;
    if (key !== null) seen.set(key, { body, orderId, t });
    return { status: 'created', orderId };
  });
}
