// Mistake: removes only the space character, not tabs and newlines.
function areAnagrams(a, b) {
  const key = (s) => Array.from(s.toLowerCase().split(' ').join('')).sort().join('');
  return key(a) === key(b);
}
