// Mistake: treats the redo history as a queue, so redo puts back the oldest undone step, not the latest.
function applyEdits(ops) {
  const applied = [];
  const undone = [];
  for (const o of ops) {
    if (o.op === 'type') {
      applied.push(o.text);
      undone.length = 0;
    } else if (o.op === 'undo' && applied.length > 0) {
      undone.push(applied.pop());
    } else if (o.op === 'redo' && undone.length > 0) {
      applied.push(undone.shift());
    }
  }
  return applied.join('');
}
