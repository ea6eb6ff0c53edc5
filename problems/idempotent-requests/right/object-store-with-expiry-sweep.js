// Correct: a plain object keyed by "k:" + key (so "" and "__proto__" are safe), entries deleted when they expire.
const handle = (reqs, ttlSec) => {
  const store = Object.create(null);
  let count = 0;
  return reqs.map((req) => {
    if (req.key === null) return { status: 'created', orderId: 'o' + ++count };
    const slot = 'k:' + req.key;
    const entry = store[slot];
    if (entry !== undefined && req.t >= entry.t + ttlSec) delete store[slot];
    const live = store[slot];
    if (live === undefined) {
      store[slot] = { t: req.t, body: req.body, id: 'o' + ++count };
      return { status: 'created', orderId: store[slot].id };
    }
    return live.body === req.body ? { status: 'replayed', orderId: live.id } : { status: 'conflict', orderId: null };
  });
};
