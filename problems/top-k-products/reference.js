function topK(skus, k) {
  const counts = new Map();
  for (const s of skus) counts.set(s, (counts.get(s) || 0) + 1);
  return [...counts.keys()]
    .sort((a, b) => counts.get(b) - counts.get(a) || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, Math.max(0, k));
}
