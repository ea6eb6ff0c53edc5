function topK(skus, k) {
  const counts = new Map();
  for (const s of skus) counts.set(s, (counts.get(s) || 0) + 1);
  // max-heap of [sku, count]: more purchases first, then plain string order
  const before = (x, y) => x[1] > y[1] || (x[1] === y[1] && x[0] < y[0]);
  const heap = [];
  for (const entry of counts) {
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }
  const result = [];
  while (result.length < k && heap.length > 0) {
    result.push(heap[0][0]);
    const last = heap.pop();
    if (heap.length === 0) break;
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let top = i;
      if (l < heap.length && before(heap[l], heap[top])) top = l;
      if (r < heap.length && before(heap[r], heap[top])) top = r;
      if (top === i) break;
      [heap[i], heap[top]] = [heap[top], heap[i]];
      i = top;
    }
  }
  return result;
}
