// Mistake: compares only createdAt, skipping items that share the cursor's timestamp.
function page(items, limit, cursor) {
  const at = cursor === null ? Infinity : Number(cursor.split(':')[0]);
  const rest = items.filter((x) => x.createdAt < at);
  const slice = rest.slice(0, limit);
  const last = slice[slice.length - 1];
  return { items: slice, nextCursor: last && rest.length > limit ? last.createdAt + ':' + last.id : null };
}
