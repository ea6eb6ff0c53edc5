from collections import defaultdict, deque


def sliding_window(limit, window_ms, events):
    logs = defaultdict(deque)
    out = []
    for e in events:
        log = logs[e["user"]]
        t = e["t"]
        while log and t - log[0] >= window_ms:
            log.popleft()
        if len(log) < limit:
            log.append(t)
            out.append(True)
        else:
            out.append(False)
    return out
