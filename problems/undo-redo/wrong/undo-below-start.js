// Mistake: keeps a snapshot per step but lets undo move the pointer before the first snapshot.
function applyEdits(ops) {
  let history = [''];
  let at = 0;
  for (const o of ops) {
    if (o.op === 'type') {
      history = history.slice(0, at + 1);
      history.push(history[at] + o.text);
      at++;
    } else if (o.op === 'undo') {
      at--;
    } else if (o.op === 'redo') {
      if (at < history.length - 1) at++;
    }
  }
  return history[at] ?? '';
}
