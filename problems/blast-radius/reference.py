from collections import defaultdict, deque


def impacted(deps, failed):
    callers = defaultdict(list)
    for caller, callee in deps:
        callers[callee].append(caller)
    seen = {failed}
    queue = deque([failed])
    while queue:
        service = queue.popleft()
        for c in callers[service]:
            if c not in seen:
                seen.add(c)
                queue.append(c)
    seen.discard(failed)
    return sorted(seen)
