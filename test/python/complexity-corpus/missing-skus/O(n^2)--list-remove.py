def missing_skus(expected, received):
    pool = list(received)
    out = []
    for sku in expected:
        if sku in pool:
            pool.remove(sku)
        else:
            out.append(sku)
    return out
