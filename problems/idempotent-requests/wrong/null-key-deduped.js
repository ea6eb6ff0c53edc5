// Mistake: treats null as a key, so requests without a key are deduplicated together.
function handle(reqs, ttlSec) {
  const seen = new Map();
  let next = 1;
  return reqs.map(({ key, body, t }) => {
    const first = seen.get(key);
    if (first && t < first.t + ttlSec) return first.body === body ? { status: 'replayed', orderId: first.orderId } : { status: 'conflict', orderId: null };
    const orderId = 'o' + next++;
    seen.set(key, { body, orderId, t });
    return { status: 'created', orderId };
  });
}
