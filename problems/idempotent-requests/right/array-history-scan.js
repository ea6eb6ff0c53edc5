// Correct but slow: scans the history of created orders backwards for each keyed request (O(n²)).
function handle(reqs, ttlSec) {
  const created = [];
  const out = [];
  for (const { key, body, t } of reqs) {
    let first = null;
    if (key !== null) {
      for (let i = created.length - 1; i >= 0; i--) {
        if (created[i].key === key) { first = created[i]; break; }
      }
    }
    if (first && t - first.t < ttlSec) {
      out.push(first.body === body ? { status: 'replayed', orderId: first.orderId } : { status: 'conflict', orderId: null });
    } else {
      const orderId = `o${created.length + 1}`;
      created.push({ key, body, t, orderId });
      out.push({ status: 'created', orderId });
    }
  }
  return out;
}
