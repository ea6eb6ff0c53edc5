// Mistake: reports each missing SKU once instead of once per missing unit.
function missingSkus(expected, received) {
  const left = new Map();
  for (const s of received) left.set(s, (left.get(s) || 0) + 1);
  const out = [];
  for (const s of expected) {
    if ((left.get(s) || 0) > 0) left.set(s, left.get(s) - 1);
    else if (!out.includes(s)) out.push(s);
  }
  return out;
}
