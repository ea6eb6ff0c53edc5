def page(items, limit, cursor):
    start = 0
    if cursor is not None:
        at, cursor_id = cursor.split(":", 1)
        at = int(at)

        def after(x):
            return x["createdAt"] < at or (x["createdAt"] == at and x["id"] < cursor_id)

        lo, hi = 0, len(items)
        while lo < hi:
            mid = (lo + hi) // 2
            if after(items[mid]):
                hi = mid
            else:
                lo = mid + 1
        start = lo
    chunk = items[start:start + limit]
    more = start + limit < len(items)
    next_cursor = None
    if chunk and more:
        last = chunk[-1]
        next_cursor = f"{last['createdAt']}:{last['id']}"
    return {"items": chunk, "nextCursor": next_cursor}
