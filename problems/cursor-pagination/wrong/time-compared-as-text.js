// Mistake: keeps the cursor's time as text, so "1000" < "100" and 99 > "100" compare as strings.
function page(items, limit, cursor) {
  let rest = items;
  if (cursor !== null) {
    const cut = cursor.indexOf(':');
    const at = cursor.slice(0, cut);
    const id = cursor.slice(cut + 1);
    rest = items.filter((x) => String(x.createdAt) < at || (String(x.createdAt) === at && x.id < id));
  }
  const take = rest.slice(0, limit);
  const last = take[take.length - 1];
  return { items: take, nextCursor: last && rest.length > limit ? last.createdAt + ":" + last.id : null };
}
