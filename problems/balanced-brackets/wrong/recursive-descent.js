// Mistake: parses recursively, so 2,000 levels of nesting overflow the call stack.
function isBalanced(s) {
  const text = s.replace(/[^()\[\]{}]/g, '');
  const close = { '(': ')', '[': ']', '{': '}' };
  let i = 0;
  function group() {
    while (i < text.length && text[i] in close) {
      const want = close[text[i++]];
      if (!group() || text[i++] !== want) return false;
    }
    return true;
  }
  return group() && i === text.length;
}
