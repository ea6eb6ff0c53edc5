function normalizeQuery(q) {
  return q.trim().split(/\s+/).join(' ').toLowerCase();
}
