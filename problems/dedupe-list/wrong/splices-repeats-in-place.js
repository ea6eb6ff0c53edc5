// Mistake: removes repeats from the caller's list with splice and returns that same list.
function dedupe(items) {
  const seen = new Set();
  for (let i = 0; i < items.length; ) {
    if (seen.has(items[i])) items.splice(i, 1);
    else seen.add(items[i++]);
  }
  return items;
}
