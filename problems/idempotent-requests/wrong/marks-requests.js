// Mistake: writes the result onto each request object, changing the caller's list.
function handle(reqs, ttlSec) {
  const seen = new Map();
  let next = 1;
  for (const r of reqs) {
    const entry = r.key === null ? undefined : seen.get(r.key);
    if (entry && r.t < entry.t + ttlSec) {
      r.status = entry.body === r.body ? 'replayed' : 'conflict';
      r.orderId = r.status === 'replayed' ? entry.orderId : null;
      continue;
    }
    r.status = 'created';
    r.orderId = 'o' + next++;
    if (r.key !== null) seen.set(r.key, { body: r.body, orderId: r.orderId, t: r.t });
  }
  return reqs.map((r) => ({ status: r.status, orderId: r.orderId }));
}
