// Mistake: counts views in a plain object, so an id such as "constructor" or "__proto__" starts from a built-in property instead of zero.
function firstUnique(ids) {
  const counts = {};
  for (const id of ids) counts[id] = (counts[id] || 0) + 1;
  for (const id of ids) if (counts[id] === 1) return id;
  return null;
}
