// Correct but O(n·m): splices a copy of the manifest; indexOf finds the earliest uncancelled unit.
function missingSkus(expected, received) {
  const left = expected.slice();
  received.forEach((sku) => {
    const i = left.indexOf(sku);
    if (i >= 0) left.splice(i, 1);
  });
  return left;
}
