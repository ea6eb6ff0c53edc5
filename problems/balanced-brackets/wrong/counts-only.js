// Mistake: counts opens and closes per kind, so "([)]" looks balanced.
function isBalanced(s) {
  const c = { '(': 0, '[': 0, '{': 0 };
  const open = { ')': '(', ']': '[', '}': '{' };
  for (const ch of s) {
    if (ch in c) c[ch]++;
    else if (ch in open && --c[open[ch]] < 0) return false;
  }
  return c['('] === 0 && c['['] === 0 && c['{'] === 0;
}
