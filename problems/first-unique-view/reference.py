from collections import Counter


def first_unique(ids):
    counts = Counter(ids)
    for i in ids:
        if counts[i] == 1:
            return i
    return None
