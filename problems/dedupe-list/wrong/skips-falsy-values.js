// Mistake: uses a lookup object with a truthiness test, so 0 and "" are treated as "nothing there" and dropped.
function dedupe(items) {
  const seen = new Map();
  const out = [];
  for (const item of items) {
    if (!item || seen.get(item)) continue;
    seen.set(item, true);
    out.push(item);
  }
  return out;
}
