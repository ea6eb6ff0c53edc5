// Mistake: splits into UTF-16 code units, so two different emoji can share halves and look equal.
function areAnagrams(a, b) {
  const key = (s) => s.toLowerCase().replace(/\s+/g, '').split('').sort().join('');
  return key(a) === key(b);
}
