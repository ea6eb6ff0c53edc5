// Mistake: treats undo like backspace, removing one character instead of the whole typing step.
function applyEdits(ops) {
  let text = '';
  const undone = [];
  for (const o of ops) {
    if (o.op === 'type') {
      text += o.text;
      undone.length = 0;
    } else if (o.op === 'undo' && text.length > 0) {
      undone.push(text.slice(-1));
      text = text.slice(0, -1);
    } else if (o.op === 'redo' && undone.length > 0) {
      text += undone.pop();
    }
  }
  return text;
}
