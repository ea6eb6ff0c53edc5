// Mistake: turns the cursor into an offset (how many items are at or before it now), which drifts when the cursor item is gone.
function page(items, limit, cursor) {
  let rest = items;
  if (cursor !== null) {
    const cut = cursor.indexOf(':');
    const at = Number(cursor.slice(0, cut));
    const offset = items.filter((x) => x.createdAt > at).length + 1;
    rest = items.slice(offset);
  }
  const take = rest.slice(0, limit);
  const last = take[take.length - 1];
  return { items: take, nextCursor: last && rest.length > limit ? last.createdAt + ":" + last.id : null };
}
