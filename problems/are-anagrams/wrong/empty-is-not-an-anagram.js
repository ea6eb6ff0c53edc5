// Mistake: guards with `if (!a || !b) return false`, and "" is falsy, so two empty texts are not anagrams.
function areAnagrams(a, b) {
  const clean = (s) => s.toLowerCase().replace(/\s/g, '');
  a = clean(a);
  b = clean(b);
  if (!a || !b) return false;
  const counts = new Map();
  for (const ch of a) counts.set(ch, (counts.get(ch) || 0) + 1);
  for (const ch of b) {
    if (!counts.get(ch)) return false;
    counts.set(ch, counts.get(ch) - 1);
  }
  return [...counts.values()].every((c) => c === 0);
}
