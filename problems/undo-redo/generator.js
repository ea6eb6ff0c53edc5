// Mostly typing of short pieces, with undos and redos mixed in: the characters typed (L) grow with n,
// so a snapshot-per-operation solution shows as O(n²).
function generate(n) {
  const ops = [];
  for (let i = 0; i < n; i++) {
    const r = Math.random();
    if (r < 0.25) ops.push({ op: 'undo' });
    else if (r < 0.4) ops.push({ op: 'redo' });
    else ops.push({ op: 'type', text: 'ab' });
  }
  return [ops];
}
