// Mistake: starts with `if (!s) return false`, and "" is falsy, so the empty text is reported unbalanced.
function isBalanced(s) {
  if (!s) return false;
  const pairs = { ')': '(', ']': '[', '}': '{' };
  const stack = [];
  for (const ch of s) {
    if ('([{'.includes(ch)) stack.push(ch);
    else if (ch in pairs && stack.pop() !== pairs[ch]) return false;
  }
  return stack.length === 0;
}
