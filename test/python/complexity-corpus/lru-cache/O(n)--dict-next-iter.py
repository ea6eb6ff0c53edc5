def run_lru(capacity, ops):
    cache = {}  # a plain dict keeps insertion order: the first key is the least recently used
    out = []
    for op in ops:
        if op[0] == "get":
            key = op[1]
            if key in cache:
                value = cache.pop(key)
                cache[key] = value
                out.append(value)
            else:
                out.append(None)
        elif capacity > 0:
            key = op[1]
            if key in cache:
                del cache[key]
            elif len(cache) >= capacity:
                del cache[next(iter(cache))]
            cache[op[1]] = op[2]
    return out
