// n windows at random starts with short random lengths, so some overlap, touch or nest:
// sorting dominates, and comparing every pair of windows shows as O(n²).
function generate(n) {
  const w = [];
  for (let i = 0; i < n; i++) {
    const start = Math.floor(Math.random() * n * 10);
    w.push([start, start + Math.floor(Math.random() * 20)]);
  }
  return [w];
}
