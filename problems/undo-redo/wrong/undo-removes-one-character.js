// Mistake: undo removes one character instead of the whole typing step.
function applyEdits(ops) {
  let text = '';
  const undone = [];
  for (const o of ops) {
    if (o.op === 'type') { text += o.text; undone.length = 0; }
    else if (o.op === 'undo' && text) { undone.push(text.slice(-1)); text = text.slice(0, -1); }
    else if (o.op === 'redo' && undone.length) text += undone.pop();
  }
  return text;
}
