// Mistake: keeps only the letters a–z, so punctuation, digits and accents are ignored instead of counted.
function areAnagrams(a, b) {
  const norm = (s) => s.toLowerCase().replace(/[^a-z]/g, '').split('').sort().join('');
  return norm(a) === norm(b);
}
