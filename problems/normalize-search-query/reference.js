function normalizeQuery(q) {
  return q.trim().replace(/\s+/g, ' ').toLowerCase();
}
