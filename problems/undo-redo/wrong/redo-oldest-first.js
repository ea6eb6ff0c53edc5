// Mistake: redo re-applies the oldest undone step instead of the most recent one.
function applyEdits(ops) {
  const done = [], undone = [];
  for (const o of ops) {
    if (o.op === 'type') { done.push(o.text); undone.length = 0; }
    else if (o.op === 'undo' && done.length) undone.push(done.pop());
    else if (o.op === 'redo' && undone.length) done.push(undone.shift());
  }
  return done.join('');
}
