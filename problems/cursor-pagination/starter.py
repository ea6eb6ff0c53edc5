def page(items, limit, cursor):
    """
    items: list[dict {"id": str, "createdAt": number}]
        The feed, newest first: createdAt descending, and for equal
        createdAt, id descending (string order). Ids are unique.
    limit: number
        Page size (≥ 1).
    cursor: str | None
        null for the first page, or the "createdAt:id" of the last item
        of the previous page.
    returns: dict {"items": list[dict {"id": str, "createdAt": number}],
    "nextCursor": str | None}
        Up to `limit` items that come after the cursor in feed order,
        and the cursor of the last one — or null when nothing comes
        after it.
    """
    # Your pseudocode here
    pass
