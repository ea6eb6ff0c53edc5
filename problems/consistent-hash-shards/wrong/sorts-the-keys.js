// Mistake: sorts the caller's key list in place by hash to walk the ring once.
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}
function assignShards(nodes, keys, vnodes) {
  const ring = [];
  for (const node of nodes) for (let i = 0; i < vnodes; i++) ring.push({ at: fnv1a(node + '#' + i), node });
  ring.sort((a, b) => a.at - b.at || (a.node < b.node ? -1 : 1));
  keys.sort((a, b) => fnv1a(a) - fnv1a(b));
  const out = {};
  let p = 0;
  for (const key of keys) {
    const h = fnv1a(key);
    while (p < ring.length && ring[p].at < h) p++;
    out[key] = (p < ring.length ? ring[p] : ring[0]).node;
  }
  return out;
}
