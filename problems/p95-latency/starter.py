def percentile(ms, p):
    """
    ms: list[number]
        Request latencies in milliseconds, in any order; at least one
        value, and values may repeat.
    p: number
        The percentile to report: a whole number from 1 to 100 (95 for
        p95).
    returns: number
        The latency at 1-based rank ceil(p × N / 100) when the N values
        are sorted from fastest to slowest (the nearest-rank method).
    """
    # Your pseudocode here
    pass
