// Mistake: does not clear the redo stack when new text is typed.
function applyEdits(ops) {
  const done = [], undone = [];
  for (const o of ops) {
    if (o.op === 'type') done.push(o.text);
    else if (o.op === 'undo' && done.length) undone.push(done.pop());
    else if (o.op === 'redo' && undone.length) done.push(undone.pop());
  }
  return done.join('');
}
