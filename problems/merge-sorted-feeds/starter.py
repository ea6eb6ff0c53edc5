def mergeSorted(a, b):
    """
    a: list[number]
        The first feed's event times, smallest first. May be empty;
        values may repeat or be negative.
    b: list[number]
        The second feed's event times, smallest first. May be empty;
        values may repeat or be negative.
    returns: list[number]
        Every value of a and of b, smallest first; a value that appears
        in both (or twice in one) appears that many times.
    """
    # Your pseudocode here
    pass
