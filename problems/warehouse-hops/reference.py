from collections import defaultdict, deque


def fewest_hops(routes, from_, to):
    if from_ == to:
        return 0
    neighbours = defaultdict(list)
    for a, b in routes:
        neighbours[a].append(b)
        neighbours[b].append(a)
    dist = {from_: 0}
    queue = deque([from_])
    while queue:
        here = queue.popleft()
        for there in neighbours[here]:
            if there in dist:
                continue
            dist[there] = dist[here] + 1
            if there == to:
                return dist[there]
            queue.append(there)
    return -1
