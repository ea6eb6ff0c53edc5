function firstUnique(ids) {
  const counts = new Map();
  for (const id of ids) counts.set(id, (counts.get(id) || 0) + 1);
  for (const id of ids) if (counts.get(id) === 1) return id;
  return null;
}
