// Mistake: counts openers and closers of each kind, so crossed brackets like "([)]" look balanced.
function isBalanced(s) {
  const open = { '(': 0, '[': 0, '{': 0 };
  const kindOf = { ')': '(', ']': '[', '}': '{' };
  for (const ch of s) {
    if (ch in open) open[ch]++;
    else if (ch in kindOf && --open[kindOf[ch]] < 0) return false;
  }
  return open['('] === 0 && open['['] === 0 && open['{'] === 0;
}
