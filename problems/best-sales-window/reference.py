def best_window(daily, k):
    if k < 1 or k > len(daily):
        return None
    total = sum(daily[:k])
    best = total
    for i in range(k, len(daily)):
        total += daily[i] - daily[i - k]
        best = max(best, total)
    return best
