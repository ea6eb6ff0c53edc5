function areAnagrams(a, b) {
  const counts = new Map();
  const add = (s, d) => { for (const ch of s) { if (ch.trim() === '') continue; const c = ch.toLowerCase(); counts.set(c, (counts.get(c) || 0) + d); } };
  add(a, 1);
  add(b, -1);
  for (const v of counts.values()) if (v !== 0) return false;
  return true;
}
