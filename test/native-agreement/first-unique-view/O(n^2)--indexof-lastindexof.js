// A classic: the first item whose first and last positions are the same.
function firstUnique(ids) {
  for (let i = 0; i < ids.length; i++) {
    if (ids.indexOf(ids[i]) === ids.lastIndexOf(ids[i])) return ids[i];
  }
  return null;
}
