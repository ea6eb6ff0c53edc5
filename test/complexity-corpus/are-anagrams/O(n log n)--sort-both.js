function areAnagrams(a, b) {
  const key = (s) => Array.from(s.toLowerCase().replace(/\s+/g, '')).sort().join('\u0000');
  return key(a) === key(b);
}
