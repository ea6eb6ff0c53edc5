// Mistake: toggles ids in and out of a Set, so an id viewed three times looks like it was viewed once.
function firstUnique(ids) {
  const odd = new Set();
  for (const id of ids) {
    if (odd.has(id)) odd.delete(id);
    else odd.add(id);
  }
  for (const id of ids) if (odd.has(id)) return id;
  return null;
}
