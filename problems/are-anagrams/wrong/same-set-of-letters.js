// Mistake: compares which letters appear, not how many times each appears.
function areAnagrams(a, b) {
  const set = (s) => [...new Set(Array.from(s.toLowerCase().replace(/\s+/g, '')))].sort().join('');
  return set(a) === set(b);
}
