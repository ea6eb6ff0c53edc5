// Mistake: tests the key with `if (key)`, and "" is falsy, so an empty-string key is never deduplicated.
function handle(reqs, ttlSec) {
  const seen = {};
  let next = 1;
  const out = [];
  for (const r of reqs) {
    if (r.key && seen[r.key] && r.t < seen[r.key].t + ttlSec) {
      out.push(seen[r.key].body === r.body ? { status: 'replayed', orderId: seen[r.key].orderId } : { status: 'conflict', orderId: null });
      continue;
    }
    const orderId = 'o' + next++;
    if (r.key) seen[r.key] = { body: r.body, orderId, t: r.t };
    out.push({ status: 'created', orderId });
  }
  return out;
}
