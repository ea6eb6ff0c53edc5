def launch_order(tasks, deps):
    waiting = {t: 0 for t in tasks}
    unlocks = {t: [] for t in tasks}
    for t in tasks:
        for d in set(deps.get(t, [])):
            waiting[t] += 1
            unlocks[d].append(t)
    order = [t for t in tasks if waiting[t] == 0]
    i = 0
    while i < len(order):
        for nxt in unlocks[order[i]]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                order.append(nxt)
        i += 1
    return order if len(order) == len(tasks) else None
