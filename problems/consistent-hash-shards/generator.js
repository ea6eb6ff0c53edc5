// 32-bit FNV-1a over the string's UTF-16 code units.
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
function generate(n) {
  const nodes = [];
  for (let i = 0; i < Math.max(2, Math.floor(n / 8)); i++) nodes.push('node-' + i);
  const keys = [];
  for (let i = 0; i < n; i++) keys.push('key-' + i);
  return [nodes, keys, 8];
}
