function generate(n) {
  const a = [], b = [];
  for (let i = 0; i < n; i++) { a.push(2 * i); b.push(2 * i + 1); }
  return [a, b];
}
