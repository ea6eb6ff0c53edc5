// Mistake: sorts the values to find repeats, which loses the original order.
function dedupe(items) {
  const sorted = [...items].sort();
  return sorted.filter((x, i) => i === 0 || x !== sorted[i - 1]);
}
