// Mistake: keeps the cache in a plain object with "in", so a key such as "constructor" or "toString" is a hit before it was ever put.
function runLru(capacity, ops) {
  const cache = {};
  const order = [];
  const out = [];
  const touch = (key) => { const i = order.indexOf(key); if (i >= 0) order.splice(i, 1); order.push(key); };
  for (const [op, key, value] of ops) {
    if (op === 'get') {
      if (!(key in cache)) { out.push(null); continue; }
      touch(key);
      out.push(cache[key]);
    } else {
      if (capacity === 0) continue;
      cache[key] = value;
      touch(key);
      if (order.length > capacity) delete cache[order.shift()];
    }
  }
  return out;
}
