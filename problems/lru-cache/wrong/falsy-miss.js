// Mistake: treats a stored 0 as a miss (uses || null).
function runLru(capacity, ops) {
  const cache = new Map(), out = [];
  for (const [op, key, value] of ops) {
    if (op === 'get') {
      const v = cache.get(key) || null;
      if (v !== null) { cache.delete(key); cache.set(key, v); }
      out.push(v);
    } else if (capacity > 0) { cache.delete(key); cache.set(key, value); if (cache.size > capacity) cache.delete(cache.keys().next().value); }
  }
  return out;
}
