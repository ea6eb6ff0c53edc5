import math


def percentile(ms, p):
    ordered = sorted(ms)
    rank = math.ceil(p * len(ordered) / 100)
    return ordered[rank - 1]
