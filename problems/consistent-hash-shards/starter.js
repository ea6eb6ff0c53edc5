/**
 * @param {string[]} nodes
 * @param {string[]} keys
 * @param {number} vnodes
 * @returns {Record<string, string>}
 */
function assignShards(nodes, keys, vnodes) {
  // Your code here
}

// 32-bit FNV-1a over the string's UTF-16 code units.
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
