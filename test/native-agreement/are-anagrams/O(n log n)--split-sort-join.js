// The one-liner: normalise, split into characters, sort, join, compare.
const areAnagrams = (a, b) => {
  const key = (s) => s.toLowerCase().replace(/\s/g, '').split('').sort().join('');
  return key(a) === key(b);
};
