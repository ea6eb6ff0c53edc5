// Mistake: evicts the oldest inserted key (FIFO); get does not refresh recency.
function runLru(capacity, ops) {
  const cache = new Map(), out = [];
  for (const [op, key, value] of ops) {
    if (op === 'get') out.push(cache.has(key) ? cache.get(key) : null);
    else if (capacity > 0) { if (!cache.has(key)) cache.set(key, value); else cache.set(key, value); if (cache.size > capacity) cache.delete(cache.keys().next().value); }
  }
  return out;
}
