function areAnagrams(a, b) {
  const counts = new Map();
  // for…of walks code points, so an emoji is one character.
  for (const ch of a.toLowerCase()) {
    if (/\s/.test(ch)) continue;
    counts.set(ch, (counts.get(ch) || 0) + 1);
  }
  for (const ch of b.toLowerCase()) {
    if (/\s/.test(ch)) continue;
    const left = counts.get(ch);
    if (!left) return false;
    if (left === 1) counts.delete(ch);
    else counts.set(ch, left - 1);
  }
  return counts.size === 0;
}
