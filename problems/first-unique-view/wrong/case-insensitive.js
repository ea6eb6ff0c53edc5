// Mistake: lower-cases ids, so "A1" and "a1" count as the same product.
function firstUnique(ids) {
  const counts = new Map();
  for (const id of ids) counts.set(id.toLowerCase(), (counts.get(id.toLowerCase()) || 0) + 1);
  for (const id of ids) if (counts.get(id.toLowerCase()) === 1) return id;
  return null;
}
