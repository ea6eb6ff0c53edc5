// Mistake: removes only repeats that sit next to each other, as if the list were sorted.
function dedupe(items) {
  const out = [];
  for (let i = 0; i < items.length; i++) {
    if (i === 0 || items[i] !== items[i - 1]) out.push(items[i]);
  }
  return out;
}
