def rangeTotals(daily, queries):
    """
    daily: list[number]
        Sales per day; day 0 is the first entry.
    queries: list[[number, number]]
        Inclusive day ranges [from, to] with 0 ≤ from ≤ to <
        daily.length.
    returns: list[number]
        The total for each query, in query order.
    """
    # Your pseudocode here
    pass
