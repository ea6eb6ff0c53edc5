def fnv1a(s):
    h = 0x811C9DC5
    for ch in s:
        h ^= ord(ch)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def assign_shards(nodes, keys, vnodes):
    ring = sorted((fnv1a(f"{node}#{i}"), node) for node in nodes for i in range(vnodes))
    owner = {}
    for key in keys:
        h = fnv1a(key)
        lo, hi = 0, len(ring)
        while lo < hi:
            mid = (lo + hi) // 2
            if ring[mid][0] >= h:
                hi = mid
            else:
                lo = mid + 1
        owner[key] = ring[lo % len(ring)][1]
    return owner
