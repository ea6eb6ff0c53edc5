// Mistake: splices the caller's manifest in place, so the input list is emptied as units arrive.
function missingSkus(expected, received) {
  for (const sku of received) {
    const i = expected.indexOf(sku);
    if (i !== -1) expected.splice(i, 1);
  }
  return expected;
}
