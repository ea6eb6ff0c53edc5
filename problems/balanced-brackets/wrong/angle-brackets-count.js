// Mistake: treats < and > as a fourth kind of bracket, though the statement says every character other than ()[]{} is ignored.
function isBalanced(s) {
  const opener = { ')': '(', ']': '[', '}': '{', '>': '<' };
  const stack = [];
  for (const ch of s) {
    if ('([{<'.includes(ch)) stack.push(ch);
    else if (ch in opener && (stack.length === 0 || stack.pop() !== opener[ch])) return false;
  }
  return stack.length === 0;
}
