// Mistake: counts typing "" as a step but clears the redo history only when the text is not empty.
function applyEdits(ops) {
  const applied = []; // undo stack: the typed pieces, oldest first
  const undone = []; // redo stack: the most recently undone piece on top
  for (const o of ops) {
    if (o.op === 'type') {
      applied.push(o.text);
      if (o.text !== '') undone.length = 0;
    } else if (o.op === 'undo') {
      if (applied.length > 0) undone.push(applied.pop());
    } else if (o.op === 'redo') {
      if (undone.length > 0) applied.push(undone.pop());
    }
  }
  return applied.join('');
}
