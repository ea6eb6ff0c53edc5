def movingAverage(ms, k):
    """
    ms: list[number]
        Request latencies in whole milliseconds, in arrival order. May
        be empty.
    k: number
        How many of the most recent values each average covers: a whole
        number, at least 1.
    returns: list[number]
        One average per input value: the mean of the last k values up to
        and including it (of all values so far while fewer than k have
        arrived), rounded to 2 decimal places.
    """
    # Your pseudocode here
    pass
