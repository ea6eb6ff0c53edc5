// Mistake: keeps a stack but never compares kinds, so "{items: [1, 2}" passes.
function isBalanced(s) {
  const stack = [];
  for (const ch of s) {
    if ('([{'.includes(ch)) stack.push(ch);
    else if (')]}'.includes(ch)) {
      if (stack.length === 0) return false;
      stack.pop();
    }
  }
  return stack.length === 0;
}
