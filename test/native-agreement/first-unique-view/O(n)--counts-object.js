// Count in an object (ids are numbers or strings: the key keeps the type apart), then scan again.
function firstUnique(ids) {
  const counts = {};
  for (const id of ids) {
    const key = typeof id + id;
    counts[key] = (counts[key] || 0) + 1;
  }
  for (const id of ids) if (counts[typeof id + id] === 1) return id;
  return null;
}
