// Mistake: sorts the caller's list in place (ms.sort), so the dashboard's raw latencies come back reordered.
function percentile(ms, p) {
  ms.sort((a, b) => a - b);
  return ms[Math.ceil((p * ms.length) / 100) - 1];
}
