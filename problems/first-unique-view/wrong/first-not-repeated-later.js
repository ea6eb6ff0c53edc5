// Mistake: only checks whether the id appears again later, not whether it appeared before.
function firstUnique(ids) {
  for (let i = 0; i < ids.length; i++) if (ids.indexOf(ids[i], i + 1) === -1) return ids[i];
  return null;
}
