def has_cycle(deps):
    IN_PROGRESS, DONE = 1, 2
    state = {}

    def visit(task):
        s = state.get(task)
        if s == IN_PROGRESS:
            return True
        if s == DONE:
            return False
        state[task] = IN_PROGRESS
        for nxt in deps.get(task, []):
            if visit(nxt):
                return True
        state[task] = DONE
        return False

    for task in deps:
        if visit(task):
            return True
    return False
