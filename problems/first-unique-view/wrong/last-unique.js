// Mistake: walks the list from the end, so it returns the last id seen once, not the first.
function firstUnique(ids) {
  const count = new Map();
  for (const id of ids) count.set(id, (count.get(id) || 0) + 1);
  let answer = null;
  for (const id of ids) if (count.get(id) === 1) answer = id;
  return answer;
}
