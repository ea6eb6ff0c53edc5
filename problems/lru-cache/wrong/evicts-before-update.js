// Mistake: evicts when the cache is full before storing, even when the key is already there, so updating a key pushes out another one.
function runLru(capacity, ops) {
  const cache = new Map(); // insertion order = recency order, oldest first
  const out = [];
  for (const [op, key, value] of ops) {
    if (op === 'get') {
      if (!cache.has(key)) { out.push(null); continue; }
      const v = cache.get(key);
      cache.delete(key);
      cache.set(key, v);
      out.push(v);
    } else {
      if (capacity === 0) continue;
      if (cache.size >= capacity) cache.delete(cache.keys().next().value);
      cache.delete(key);
      cache.set(key, value);
    }
  }
  return out;
}
