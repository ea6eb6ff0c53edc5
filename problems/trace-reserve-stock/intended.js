function reserve(stock, requests) {
  const left = { ...stock };
  const fulfilled = [];
  for (const r of requests) {
    const available = left[r.sku] ?? 0;
    if (available >= r.qty) {
      left[r.sku] = available - r.qty;
      fulfilled.push(r.id);
    }
  }
  return fulfilled;
}
