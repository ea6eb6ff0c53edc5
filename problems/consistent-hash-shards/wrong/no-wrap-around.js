// Mistake: keys hashing past the last point go to the last point instead of wrapping to the first.
function fnv1a(s) { let h = 0x811c9dc5; for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; } return h >>> 0; }
function assignShards(nodes, keys, vnodes) {
  const ring = [];
  for (const node of nodes) for (let i = 0; i < vnodes; i++) ring.push({ at: fnv1a(node + '#' + i), node });
  ring.sort((a, b) => a.at - b.at);
  const owner = {};
  for (const k of keys) { const h = fnv1a(k); const p = ring.find((x) => x.at >= h) || ring[ring.length - 1]; owner[k] = p.node; }
  return owner;
}
