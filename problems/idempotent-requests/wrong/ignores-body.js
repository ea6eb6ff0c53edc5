// Mistake: replays whenever the key matches, even with a different body.
function handle(reqs, ttlSec) {
  const seen = new Map();
  let next = 1;
  return reqs.map(({ key, body, t }) => {
    const first = key !== null && seen.get(key);
    if (first && t < first.t + ttlSec) return { status: 'replayed', orderId: first.orderId };
    const orderId = 'o' + next++;
    if (key !== null) seen.set(key, { body, orderId, t });
    return { status: 'created', orderId };
  });
}
