def merge_windows(w):
    merged = []
    for start, end in sorted(w, key=lambda x: x[0]):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
