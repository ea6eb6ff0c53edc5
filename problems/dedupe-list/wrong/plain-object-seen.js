// Mistake: remembers seen values as keys of a plain object, so "constructor" or "__proto__" look seen before they ever appear.
function dedupe(items) {
  const seen = {};
  const result = [];
  for (const item of items) {
    const key = typeof item + ':' + item;
    if (typeof item === 'string' ? seen[item] : seen[key]) continue;
    if (typeof item === 'string') seen[item] = true;
    else seen[key] = true;
    result.push(item);
  }
  return result;
}
