function areAnagrams(a, b) {
  const x = Array.from(a.toLowerCase().replace(/\s+/g, ''));
  const y = Array.from(b.toLowerCase().replace(/\s+/g, ''));
  if (x.length !== y.length) return false;
  return x.every((c) => x.filter((d) => d === c).length === y.filter((d) => d === c).length);
}
