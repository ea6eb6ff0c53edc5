function isBalanced(s) {
  const opener = { ')': '(', ']': '[', '}': '{' };
  const stack = [];
  for (const ch of s) {
    if (ch === '(' || ch === '[' || ch === '{') {
      stack.push(ch);
    } else if (ch in opener) {
      // A closer must match the most recent bracket still open.
      if (stack.length === 0 || stack.pop() !== opener[ch]) return false;
    }
  }
  return stack.length === 0;
}
