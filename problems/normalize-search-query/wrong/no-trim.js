// Mistake: collapses inner whitespace but leaves one space at the ends.
function normalizeQuery(q) {
  return q.replace(/\s+/g, ' ').toLowerCase();
}
