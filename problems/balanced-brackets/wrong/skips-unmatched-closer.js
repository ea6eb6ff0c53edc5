// Mistake: ignores a closer when nothing is open, so ")]}" counts as balanced.
function isBalanced(s) {
  const opener = { ')': '(', ']': '[', '}': '{' };
  const stack = [];
  for (const ch of s) {
    if ('([{'.includes(ch)) stack.push(ch);
    else if (ch in opener && stack.length > 0) {
      if (stack.pop() !== opener[ch]) return false;
    }
  }
  return stack.length === 0;
}
