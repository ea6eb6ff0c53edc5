// Mistake: uses an object as the "seen" set, so 1 and "1" become the same key.
function dedupe(items) {
  const seen = {};
  const out = [];
  for (const item of items) {
    if (!seen[item]) {
      seen[item] = true;
      out.push(item);
    }
  }
  return out;
}
