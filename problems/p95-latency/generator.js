// n random latencies and p = 95: sorting dominates, so the best solution grows as O(n log n).
function generate(n) {
  const ms = [];
  for (let i = 0; i < n; i++) ms.push(20 + Math.floor(Math.random() * 1000));
  return [ms, 95];
}
