// Mistake: strips everything that is not a letter, digit or space, so "Dr. Martens" loses its dot.
function normalizeQuery(q) {
  return q.replace(/[^\p{L}\p{N}\s]/gu, '').trim().split(/\s+/).filter(Boolean).join(' ').toLowerCase();
}
