// Mistake: updates the value of an existing key in place, so a put does not make it most recently used.
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
      cache.set(key, value);
      if (cache.size > capacity) cache.delete(cache.keys().next().value);
    }
  }
  return out;
}
