def normalizeQuery(q):
    """
    q: str
        The raw query as typed.
    returns: str
        The query trimmed, with every run of whitespace replaced by one
        space, in lower case.
    """
    # Your pseudocode here
    pass
