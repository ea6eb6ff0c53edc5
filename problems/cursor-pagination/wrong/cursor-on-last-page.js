// Mistake: always returns the last item's cursor, even when nothing follows it.
function page(items, limit, cursor) {
  let start = 0;
  if (cursor !== null) {
    const [t, ...rest] = cursor.split(':');
    const at = Number(t), id = rest.join(':');
    start = items.findIndex((x) => x.createdAt < at || (x.createdAt === at && x.id < id));
    if (start < 0) start = items.length;
  }
  const slice = items.slice(start, start + limit);
  const last = slice[slice.length - 1];
  return { items: slice, nextCursor: last ? last.createdAt + ':' + last.id : null };
}
