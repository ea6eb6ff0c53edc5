def are_anagrams(a, b):
    rest = [c for c in b.lower() if not c.isspace()]
    for c in a.lower():
        if c.isspace():
            continue
        if c not in rest:
            return False
        rest.remove(c)
    return len(rest) == 0
