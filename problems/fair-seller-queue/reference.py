from collections import deque


def interleave(queues):
    line = deque()
    for q in queues:
        if q["orders"]:
            line.append((q["orders"], 0))
    picked = []
    while line:
        orders, i = line.popleft()
        picked.append(orders[i])
        if i + 1 < len(orders):
            line.append((orders, i + 1))
    return picked
