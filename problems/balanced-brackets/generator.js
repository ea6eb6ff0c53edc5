// A quarter of the text is one deep nest of mixed brackets; the rest is sibling groups and letters.
// Deleting "()" pairs until nothing changes needs one pass per level, so it shows as O(n²).
function generate(n) {
  const open = '([{';
  const close = ')]}';
  const depth = Math.max(1, Math.floor(n / 8));
  const parts = [];
  for (let i = 0; i < depth; i++) parts.push(open[i % 3]);
  for (let i = depth - 1; i >= 0; i--) parts.push(close[i % 3]);
  while (parts.length < n) {
    const r = Math.floor(Math.random() * 4);
    if (r === 3) parts.push('x');
    else parts.push(open[r], 'a', close[r]);
  }
  return [parts.join('')];
}
