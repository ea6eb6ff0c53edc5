// Mistake: with capacity 0 it still keeps the last key.
function runLru(capacity, ops) {
  const cache = new Map(), out = [];
  for (const [op, key, value] of ops) {
    if (op === 'get') { if (!cache.has(key)) { out.push(null); continue; } const v = cache.get(key); cache.delete(key); cache.set(key, v); out.push(v); }
    else { cache.delete(key); cache.set(key, value); if (cache.size > Math.max(1, capacity)) cache.delete(cache.keys().next().value); }
  }
  return out;
}
