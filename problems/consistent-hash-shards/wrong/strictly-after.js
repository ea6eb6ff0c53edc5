// Mistake: takes the first point strictly greater than the key's hash, so a key exactly on a point goes to the next node.
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}
function assignShards(nodes, keys, vnodes) {
  const ring = [];
  for (const node of nodes) for (let i = 0; i < vnodes; i++) ring.push({ at: fnv1a(node + '#' + i), node });
  ring.sort((a, b) => a.at - b.at || (a.node < b.node ? -1 : 1));
  const out = {};
  for (const key of keys) {
    const h = fnv1a(key);
    out[key] = (ring.find((p) => p.at > h) || ring[0]).node;
  }
  return out;
}
