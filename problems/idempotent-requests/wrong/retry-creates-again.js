// Mistake: remembers keys only to detect conflicts; a retry with the same body creates a second order.
function handle(reqs, ttlSec) {
  const seen = new Map();
  let next = 1;
  return reqs.map(({ key, body, t }) => {
    const entry = key === null ? undefined : seen.get(key);
    if (entry && t < entry.t + ttlSec && entry.body !== body) return { status: 'conflict', orderId: null };
    const orderId = 'o' + next++;
    if (key !== null && !(entry && t < entry.t + ttlSec)) seen.set(key, { body, orderId, t });
    return { status: 'created', orderId };
  });
}
