// Mistake: does not clear the redo stack when new text is typed, so an old step can be redone later.
function applyEdits(ops) {
  const applied = [];
  const undone = [];
  for (const o of ops) {
    if (o.op === 'type') applied.push(o.text);
    else if (o.op === 'undo' && applied.length > 0) undone.push(applied.pop());
    else if (o.op === 'redo' && undone.length > 0) applied.push(undone.pop());
  }
  return applied.join('');
}
