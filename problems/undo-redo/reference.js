function applyEdits(ops) {
  const applied = []; // undo stack: the typed pieces, oldest first
  const undone = []; // redo stack: the most recently undone piece on top
  for (const o of ops) {
    if (o.op === 'type') {
      applied.push(o.text);
      undone.length = 0; // a new step clears the redo history
    } else if (o.op === 'undo') {
      if (applied.length > 0) undone.push(applied.pop());
    } else if (o.op === 'redo') {
      if (undone.length > 0) applied.push(undone.pop());
    }
  }
  return applied.join('');
}
