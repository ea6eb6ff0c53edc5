function dedupe(items) {
  const key = (x) => typeof x + ':' + x;
  const sorted = items.map(key).sort();
  const used = new Array(sorted.length).fill(false);
  const out = [];
  for (const x of items) {
    const k = key(x);
    let lo = 0, hi = sorted.length - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid] < k) lo = mid + 1; else hi = mid; }
    if (!used[lo]) { used[lo] = true; out.push(x); }
  }
  return out;
}
