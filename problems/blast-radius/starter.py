def impacted(deps, failed):
    """
    deps: list[[str, str]]
        Call edges: [a, b] means service a calls service b.
    failed: str
        The service that is down.
    returns: list[str]
        Every service that calls `failed` directly or through others,
        sorted, without `failed` itself.
    """
    # Your pseudocode here
    pass
