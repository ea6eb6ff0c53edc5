function areAnagrams(a, b) {
  const x = Array.from(a.toLowerCase().replace(/\s+/g, ''));
  const y = Array.from(b.toLowerCase().replace(/\s+/g, ''));
  if (x.length !== y.length) return false;
  for (const c of x) { const i = y.indexOf(c); if (i < 0) return false; y.splice(i, 1); }
  return true;
}
