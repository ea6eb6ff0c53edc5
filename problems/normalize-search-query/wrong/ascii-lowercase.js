// Mistake: lower-cases only A–Z, so "Ä" stays upper case.
function normalizeQuery(q) {
  return q.trim().replace(/\s+/g, ' ').replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}
