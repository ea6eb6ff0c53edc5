// Mistake: also lists received units that were not on the manifest, as if they were discrepancies too.
function missingSkus(expected, received) {
  const left = [...expected];
  const extras = [];
  for (const sku of received) {
    const i = left.indexOf(sku);
    if (i === -1) extras.push(sku);
    else left.splice(i, 1);
  }
  return left.concat(extras);
}
