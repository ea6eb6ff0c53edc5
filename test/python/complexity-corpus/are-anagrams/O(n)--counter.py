from collections import Counter


def are_anagrams(a, b):
    clean = lambda s: [c for c in s.lower() if not c.isspace()]
    return Counter(clean(a)) == Counter(clean(b))
