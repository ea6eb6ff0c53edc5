// 32-bit FNV-1a over the string's UTF-16 code units.
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function assignShards(nodes, keys, vnodes) {
  const ring = [];
  for (const node of nodes) for (let i = 0; i < vnodes; i++) ring.push({ at: fnv1a(node + '#' + i), node });
  ring.sort((a, b) => a.at - b.at || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
  const owner = {};
  for (const key of keys) {
    const h = fnv1a(key);
    let lo = 0, hi = ring.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ring[mid].at >= h) hi = mid;
      else lo = mid + 1;
    }
    owner[key] = ring[lo === ring.length ? 0 : lo].node;
  }
  return owner;
}
