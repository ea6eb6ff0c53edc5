// Correct: split on any whitespace, drop empty pieces, join with one space.
function normalizeQuery(q) {
  return q.split(/\s/).filter((w) => w.length > 0).join(' ').toLocaleLowerCase();
}
