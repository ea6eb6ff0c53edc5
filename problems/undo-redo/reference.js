function applyEdits(ops) {
  const done = [];
  const undone = [];
  for (const o of ops) {
    if (o.op === 'type') {
      done.push(o.text);
      undone.length = 0;
    } else if (o.op === 'undo') {
      if (done.length) undone.push(done.pop());
    } else if (o.op === 'redo') {
      if (undone.length) done.push(undone.pop());
    }
  }
  return done.join('');
}
