def slidingWindow(limit, windowMs, events):
    """
    limit: number
        Most allowed requests per user in any window.
    windowMs: number
        Window length in milliseconds.
    events: list[dict {"user": str, "t": number}]
        Requests with times in ms, non-decreasing.
    returns: list[bool]
        For each request, true if allowed. Rejected requests do not
        count toward the limit.
    """
    # Your pseudocode here
    pass
