def bestWindow(daily, k):
    """
    daily: list[number]
        Revenue per day (may be negative after refunds).
    k: number
        The window length in days.
    returns: number | None
        The largest sum of k consecutive days, or null if k < 1 or k >
        daily.length.
    """
    # Your pseudocode here
    pass
