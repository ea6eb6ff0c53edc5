def dedupe(items):
    """
    items: list[str | number]
        Product ids as they arrived; may repeat. Numbers and strings are
        different values: 1 is not "1".
    returns: list[str | number]
        Each distinct value once, in the order it first appeared.
    """
    # Your pseudocode here
    pass
