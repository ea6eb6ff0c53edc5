// Mistake: sorts points by hash only, so on equal points the node listed first in `nodes` wins, not the first in string order.
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}
function assignShards(nodes, keys, vnodes) {
  const ring = [];
  for (const node of nodes) for (let i = 0; i < vnodes; i++) ring.push({ at: fnv1a(node + '#' + i), node });
  ring.sort((a, b) => a.at - b.at);
  const out = {};
  for (const key of keys) {
    const h = fnv1a(key);
    out[key] = (ring.find((p) => p.at >= h) || ring[0]).node;
  }
  return out;
}
