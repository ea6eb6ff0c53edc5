// Mistake: redo pops the redo stack even when it is empty, pushing a blank step that a later undo removes.
function applyEdits(ops) {
  const applied = [];
  const undone = [];
  for (const o of ops) {
    if (o.op === 'type') {
      applied.push(o.text);
      undone.length = 0;
    } else if (o.op === 'undo') {
      if (applied.length > 0) undone.push(applied.pop());
    } else if (o.op === 'redo') {
      applied.push(undone.pop());
    }
  }
  return applied.join('');
}
