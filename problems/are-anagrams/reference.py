def are_anagrams(a, b):
    counts = {}
    for ch in a.lower():
        if ch.isspace():
            continue
        counts[ch] = counts.get(ch, 0) + 1
    for ch in b.lower():
        if ch.isspace():
            continue
        if counts.get(ch, 0) == 0:
            return False
        counts[ch] -= 1
        if counts[ch] == 0:
            del counts[ch]
    return len(counts) == 0
