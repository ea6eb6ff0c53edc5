function firstUnique(ids) {
  for (const id of ids) {
    if (ids.indexOf(id) === ids.lastIndexOf(id)) return id;
  }
  return null;
}
