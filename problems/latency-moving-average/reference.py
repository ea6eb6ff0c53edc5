def moving_average(ms, k):
    out = []
    total = 0
    for i, x in enumerate(ms):
        total += x
        if i >= k:
            total -= ms[i - k]
        size = min(i + 1, k)
        out.append(round(total / size, 2))
    return out
