function normalizeQuery(q) {
  const collapsed = q.replace(/\s+/g, ' ');
  return collapsed.trim().toLowerCase();
}
