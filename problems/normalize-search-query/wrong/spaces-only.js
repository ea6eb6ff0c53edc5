// Mistake: collapses only the space character, not tabs, newlines or no-break spaces.
function normalizeQuery(q) {
  return q.trim().split(' ').filter(Boolean).join(' ').toLowerCase();
}
