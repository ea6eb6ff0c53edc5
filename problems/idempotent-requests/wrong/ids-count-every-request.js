// Mistake: numbers order ids by request position, so replays and conflicts use up ids ("o3" after "o1").
function handle(reqs, ttlSec) {
  const seen = new Map();
  return reqs.map(({ key, body, t }, i) => {
    const entry = key === null ? undefined : seen.get(key);
    if (entry && t < entry.t + ttlSec) {
      return entry.body === body ? { status: 'replayed', orderId: entry.orderId } : { status: 'conflict', orderId: null };
    }
    const orderId = 'o' + (i + 1);
    if (key !== null) seen.set(key, { body, orderId, t });
    return { status: 'created', orderId };
  });
}
