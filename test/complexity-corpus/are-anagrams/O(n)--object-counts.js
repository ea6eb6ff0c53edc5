function areAnagrams(a, b) {
  const count = {};
  let total = 0;
  for (const c of a.toLowerCase()) if (!/\s/.test(c)) { count[c] = (count[c] || 0) + 1; total++; }
  for (const c of b.toLowerCase()) if (!/\s/.test(c)) { if (!count[c]) return false; count[c]--; total--; }
  return total === 0;
}
