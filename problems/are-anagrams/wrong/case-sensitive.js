// Mistake: forgets that case does not matter.
function areAnagrams(a, b) {
  const key = (s) => Array.from(s.replace(/\s+/g, '')).sort().join('');
  return key(a) === key(b);
}
