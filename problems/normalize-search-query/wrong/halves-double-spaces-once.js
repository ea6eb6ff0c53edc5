// Mistake: replaces each double space once, which halves a long run of spaces instead of collapsing it.
function normalizeQuery(q) {
  return q.replace(/\s/g, ' ').trim().replace(/  /g, ' ').toLowerCase();
}
