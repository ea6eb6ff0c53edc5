// Mistake: a request exactly at firstT + ttlSec still counts as a retry.
function handle(reqs, ttlSec) {
  const seen = new Map();
  let next = 1;
  return reqs.map(({ key, body, t }) => {
    const first = key !== null && seen.get(key);
    if (first && t <= first.t + ttlSec) return first.body === body ? { status: 'replayed', orderId: first.orderId } : { status: 'conflict', orderId: null };
    const orderId = 'o' + next++;
    if (key !== null) seen.set(key, { body, orderId, t });
    return { status: 'created', orderId };
  });
}
