// Mistake: finds the cursor's own item by id, so a deleted cursor item restarts from the top.
function page(items, limit, cursor) {
  const start = cursor === null ? 0 : items.findIndex((x) => x.createdAt + ':' + x.id === cursor) + 1;
  const slice = items.slice(start, start + limit);
  const last = slice[slice.length - 1];
  return { items: slice, nextCursor: last && start + limit < items.length ? last.createdAt + ':' + last.id : null };
}
