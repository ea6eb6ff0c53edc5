// Heap-less top-k: pick the best remaining SKU k times, scanning all counts each time (k grows with n).
function topK(skus, k) {
  const counts = {};
  for (const s of skus) counts[s] = (counts[s] || 0) + 1;
  const left = Object.keys(counts);
  const out = [];
  while (out.length < k && left.length > 0) {
    let best = 0;
    for (let i = 1; i < left.length; i++) {
      const a = left[i], b = left[best];
      if (counts[a] > counts[b] || (counts[a] === counts[b] && a < b)) best = i;
    }
    out.push(left[best]);
    left.splice(best, 1);
  }
  return out;
}
