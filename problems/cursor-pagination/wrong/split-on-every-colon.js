// Mistake: reads the cursor with split(":"), so an id that contains ":" is cut short.
function page(items, limit, cursor) {
  let rest = items;
  if (cursor !== null) {
    const [at, id] = cursor.split(':');
    rest = items.filter((x) => x.createdAt < Number(at) || (x.createdAt === Number(at) && x.id < id));
  }
  const take = rest.slice(0, limit);
  const last = take[take.length - 1];
  return { items: take, nextCursor: last && rest.length > limit ? last.createdAt + ":" + last.id : null };
}
