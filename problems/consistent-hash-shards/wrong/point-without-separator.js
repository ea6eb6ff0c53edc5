// Mistake: hashes node + i without the "#" separator, so every point lands somewhere else.
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}
function assignShards(nodes, keys, vnodes) {
  const ring = [];
  for (const node of nodes) for (let i = 0; i < vnodes; i++) ring.push([fnv1a(node + i), node]);
  ring.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
  const out = {};
  for (const key of keys) {
    const h = fnv1a(key);
    out[key] = (ring.find((x) => x[0] >= h) || ring[0])[1];
  }
  return out;
}
