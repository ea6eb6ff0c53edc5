// Correct: Array.from splits by code point, so sorting whole characters is safe.
function areAnagrams(a, b) {
  const key = (s) => Array.from(s.toLowerCase()).filter((c) => !/\s/.test(c)).sort().join('\u0000');
  return key(a) === key(b);
}
