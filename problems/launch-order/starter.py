def launchOrder(tasks, deps):
    """
    tasks: list[str]
        Every task of the launch, each once.
    deps: dict[str, list[str]]
        For each task, the tasks that must come before it. Tasks without
        an entry have no dependencies. Every dependency is one of the
        tasks.
    returns: list[str] | None
        All tasks in an order where each task comes after its
        dependencies, or null if there is a cycle.
    """
    # Your pseudocode here
    pass
