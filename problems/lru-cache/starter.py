def runLru(capacity, ops):
    """
    capacity: number
        How many keys the cache holds (≥ 0).
    ops: list[["get", str] | ["put", str, number]]
        Operations in order.
    returns: list[number | None]
        For each "get", the cached value or null on a miss (puts produce
        no output).
    """
    # Your pseudocode here
    pass
