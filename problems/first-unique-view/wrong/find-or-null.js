// Mistake: returns `ids.find(...) || null`, and "" is falsy, so an empty-string id seen once becomes null.
function firstUnique(ids) {
  const count = {};
  ids.forEach((id) => { count[id] = (count[id] || 0) + 1; });
  return ids.find((id) => count[id] === 1) || null;
}
