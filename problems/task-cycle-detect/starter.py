def hasCycle(deps):
    """
    deps: dict[str, list[str]]
        For each task, the tasks it depends on. A task that appears only
        as a dependency has no dependencies of its own.
    returns: bool
        true if some task depends, directly or through others, on
        itself.
    """
    # Your pseudocode here
    pass
