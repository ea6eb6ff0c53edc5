from collections import OrderedDict


def run_lru(capacity, ops):
    cache = OrderedDict()  # oldest first
    out = []
    for op in ops:
        if op[0] == "get":
            key = op[1]
            if key not in cache:
                out.append(None)
                continue
            cache.move_to_end(key)
            out.append(cache[key])
        else:
            key, value = op[1], op[2]
            if capacity == 0:
                continue
            if key in cache:
                del cache[key]
            cache[key] = value
            if len(cache) > capacity:
                cache.popitem(last=False)
    return out
