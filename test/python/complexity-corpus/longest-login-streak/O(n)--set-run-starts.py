def longest_streak(days):
    day_set = set(days)
    best = 0
    for d in day_set:
        if d - 1 in day_set:
            continue  # not the start of a run
        length = 1
        while d + length in day_set:
            length += 1
        best = max(best, length)
    return best
