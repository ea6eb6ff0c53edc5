// Mistake: never checks that the stack is empty at the end, so an opener left unclosed passes.
function isBalanced(s) {
  const opener = { ')': '(', ']': '[', '}': '{' };
  const stack = [];
  for (const ch of s) {
    if ('([{'.includes(ch)) stack.push(ch);
    else if (ch in opener && stack.pop() !== opener[ch]) return false;
  }
  return true;
}
