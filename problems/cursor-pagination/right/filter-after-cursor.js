// Correct but O(n): filters every item after the cursor instead of binary searching.
function page(items, limit, cursor) {
  let rest = items;
  if (cursor !== null) {
    const cut = cursor.indexOf(':');
    const at = +cursor.substring(0, cut);
    const id = cursor.substring(cut + 1);
    rest = items.filter((x) => x.createdAt < at || (x.createdAt === at && x.id < id));
  }
  const take = rest.slice(0, limit);
  const last = take[take.length - 1];
  return { items: take, nextCursor: last && rest.length > limit ? last.createdAt + ":" + last.id : null };
}
