// n latencies and a window of half of them: re-adding the window at every point shows as O(n²).
function generate(n) {
  const ms = [];
  for (let i = 0; i < n; i++) ms.push(20 + Math.floor(Math.random() * 480));
  return [ms, Math.max(1, Math.floor(n / 2))];
}
