// Mistake: remembers a missed key with a null value, so the miss takes a slot and changes what is evicted.
function runLru(capacity, ops) {
  const cache = new Map(); // insertion order = recency order, oldest first
  const out = [];
  for (const [op, key, value] of ops) {
    if (op === 'get') {
      if (!cache.has(key)) { out.push(null); if (capacity > 0) { cache.set(key, null); if (cache.size > capacity) cache.delete(cache.keys().next().value); } continue; }
      const v = cache.get(key);
      cache.delete(key);
      cache.set(key, v);
      out.push(v);
    } else {
      if (capacity === 0) continue;
      cache.delete(key);
      cache.set(key, value);
      if (cache.size > capacity) cache.delete(cache.keys().next().value);
    }
  }
  return out;
}
