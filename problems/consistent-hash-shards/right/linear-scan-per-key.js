// Correct but O(K·N·v): for each key, scans every point for the smallest one at or after its hash, remembering the smallest overall for the wrap.
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}
function assignShards(nodes, keys, vnodes) {
  const points = [];
  nodes.forEach((node) => { for (let i = 0; i < vnodes; i++) points.push({ at: fnv1a(`${node}#${i}`), node }); });
  const better = (p, q) => !q || p.at < q.at || (p.at === q.at && p.node < q.node);
  const result = {};
  keys.forEach((key) => {
    const h = fnv1a(key);
    let after = null;
    let lowest = null;
    for (const p of points) {
      if (p.at >= h && better(p, after)) after = p;
      if (better(p, lowest)) lowest = p;
    }
    result[key] = (after || lowest).node;
  });
  return result;
}
