// Mistake: uses hash % N instead of a ring, so changing the node list moves most keys.
function fnv1a(s) { let h = 0x811c9dc5; for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; } return h >>> 0; }
function assignShards(nodes, keys, vnodes) {
  const owner = {};
  for (const k of keys) owner[k] = nodes[fnv1a(k) % nodes.length];
  return owner;
}
