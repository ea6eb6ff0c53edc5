def firstUnique(ids):
    """
    ids: list[str]
        Product ids in the order they were viewed. Ids are
        case-sensitive.
    returns: str | None
        The first id that appears exactly once, or null if there is
        none.
    """
    # Your pseudocode here
    pass
