// Correct, surprisingly: without `>>> 0` the hashes are signed, which only rotates the ring, and keys rotate with it.
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h;
}
function assignShards(nodes, keys, vnodes) {
  const ring = [];
  for (const node of nodes) for (let i = 0; i < vnodes; i++) ring.push({ at: fnv1a(node + '#' + i), node });
  ring.sort((a, b) => a.at - b.at || (a.node < b.node ? -1 : 1));
  const out = {};
  for (const key of keys) {
    const h = fnv1a(key);
    out[key] = (ring.find((p) => p.at >= h) || ring[0]).node;
  }
  return out;
}
