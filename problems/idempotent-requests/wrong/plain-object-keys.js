// Mistake: remembers keys in a plain object and asks `key in seen`, so a key such as "toString" or "__proto__" is found before it was ever sent.
function handle(reqs, ttlSec) {
  const seen = {};
  let next = 1;
  return reqs.map(({ key, body, t }) => {
    if (key !== null && key in seen) {
      const first = seen[key];
      if (t >= first.t + ttlSec) delete seen[key];
      else return first.body === body ? { status: 'replayed', orderId: first.orderId } : { status: 'conflict', orderId: null };
    }
    const orderId = 'o' + next++;
    if (key !== null) seen[key] = { body, orderId, t };
    return { status: 'created', orderId };
  });
}
