// Mistake: returns "" instead of null when there is no unique id.
function firstUnique(ids) {
  const counts = new Map();
  for (const id of ids) counts.set(id, (counts.get(id) || 0) + 1);
  return ids.find((id) => counts.get(id) === 1) ?? '';
}
