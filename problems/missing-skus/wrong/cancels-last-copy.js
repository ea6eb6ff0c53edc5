// Mistake: a received unit cancels the last matching manifest entry (lastIndexOf), not the earliest one.
function missingSkus(expected, received) {
  const left = [...expected];
  const cancelled = new Array(left.length).fill(false);
  for (const sku of received) {
    for (let i = left.length - 1; i >= 0; i--) {
      if (!cancelled[i] && left[i] === sku) { cancelled[i] = true; break; }
    }
  }
  return left.filter((_, i) => !cancelled[i]);
}
