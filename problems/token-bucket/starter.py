def tokenBucket(capacity, refillPerSec, timesMs):
    """
    capacity: number
        Most tokens the bucket holds (the allowed burst). The bucket
        starts full.
    refillPerSec: number
        Tokens added per second, continuously (fractions accumulate).
    timesMs: list[number]
        Request times in milliseconds, non-decreasing.
    returns: list[bool]
        For each request, true if it was allowed (and used one token).
    """
    # Your pseudocode here
    pass
