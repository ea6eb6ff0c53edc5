// Mistake: skips everything between quotes as a code parser would, though the statement says quotes are ordinary characters and brackets inside them count.
function isBalanced(s) {
  const opener = { ')': '(', ']': '[', '}': '{' };
  const stack = [];
  let quoted = false;
  for (const ch of s) {
    if (ch === '"' || ch === "'") { quoted = !quoted; continue; }
    if (quoted) continue;
    if ('([{'.includes(ch)) stack.push(ch);
    else if (ch in opener && (stack.length === 0 || stack.pop() !== opener[ch])) return false;
  }
  return stack.length === 0;
}
