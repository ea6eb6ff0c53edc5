// Returns one page of orders after the cursor (the last id the client saw).
function pageAfter(orders, cursor, limit) {
  let start = 0;
  if (cursor !== null) {
    start = orders.findIndex((o) => o.id === cursor) + 1;
  }
  const page = orders.slice(start, start + limit);
  const more = start + limit < orders.length;
  return {
    ids: page.map((o) => o.id),
    nextCursor: more ? page[page.length - 1].id : null,
  };
}
