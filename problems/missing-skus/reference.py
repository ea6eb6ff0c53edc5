from collections import Counter


def missing_skus(expected, received):
    arrived = Counter(received)
    missing = []
    for sku in expected:
        if arrived[sku] > 0:
            arrived[sku] -= 1
        else:
            missing.append(sku)
    return missing
