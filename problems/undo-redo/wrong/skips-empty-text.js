// Mistake: spots typing with `if (o.text)`, and "" is falsy, so typing empty text is not a step.
function applyEdits(ops) {
  const applied = [];
  const undone = [];
  for (const o of ops) {
    if (o.text) {
      applied.push(o.text);
      undone.length = 0;
    } else if (o.op === 'undo') {
      if (applied.length > 0) undone.push(applied.pop());
    } else if (o.op === 'redo') {
      if (undone.length > 0) applied.push(undone.pop());
    }
  }
  return applied.join('');
}
