function areAnagrams(a, b) {
  const norm = (s) => Array.from(s.toLowerCase()).filter((c) => !/\s/.test(c));
  const x = norm(a), y = norm(b);
  if (x.length !== y.length) return false;
  const counts = new Map();
  for (const c of x) counts.set(c, (counts.get(c) || 0) + 1);
  for (const c of y) { const n = counts.get(c); if (!n) return false; counts.set(c, n - 1); }
  return true;
}
