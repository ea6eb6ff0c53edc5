def range_totals(daily, queries):
    prefix = [0]
    for x in daily:
        prefix.append(prefix[-1] + x)
    return [prefix[end + 1] - prefix[start] for start, end in queries]
