// Mistake: a replay updates the remembered time, so a client that keeps retrying keeps its key alive forever.
function handle(reqs, ttlSec) {
  const seen = new Map();
  let next = 1;
  return reqs.map(({ key, body, t }) => {
    const entry = key === null ? undefined : seen.get(key);
    if (entry && t - entry.t < ttlSec) {
      if (entry.body !== body) return { status: 'conflict', orderId: null };
      entry.t = t; // "last seen" instead of "first seen"
      return { status: 'replayed', orderId: entry.orderId };
    }
    const orderId = 'o' + next++;
    if (key !== null) seen.set(key, { body, orderId, t });
    return { status: 'created', orderId };
  });
}
