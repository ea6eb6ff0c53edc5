def areAnagrams(a, b):
    x = sorted(a.lower().replace(" ", ""))
    y = sorted(b.lower().replace(" ", ""))
    return x == y
