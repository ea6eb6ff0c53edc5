function assignShards(nodes: string[], keys: string[], vnodes: number): Record<string, string> {
  // Your code here
  return null as any;
}

// 32-bit FNV-1a over the string's UTF-16 code units.
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
