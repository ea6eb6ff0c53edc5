from collections import Counter


def missing_skus(expected, received):
    left = Counter(received)
    out = []
    for sku in expected:
        if left[sku] > 0:
            left[sku] -= 1
        else:
            out.append(sku)
    return out
