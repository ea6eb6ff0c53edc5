function page(items, limit, cursor) {
  let start = 0;
  if (cursor !== null) {
    const cut = cursor.indexOf(':');
    const at = Number(cursor.slice(0, cut));
    const id = cursor.slice(cut + 1);
    // First index whose (createdAt, id) is strictly after the cursor in newest-first order.
    const after = (x) => x.createdAt < at || (x.createdAt === at && x.id < id);
    let lo = 0, hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (after(items[mid])) hi = mid;
      else lo = mid + 1;
    }
    start = lo;
  }
  const slice = items.slice(start, start + limit);
  const last = slice[slice.length - 1];
  const more = start + limit < items.length;
  return { items: slice, nextCursor: last && more ? last.createdAt + ':' + last.id : null };
}
