def mergeWindows(w):
    """
    w: list[[number, number]]
        Booked windows [start, end] in minutes, start ≤ end, in any
        order. May be empty.
    returns: list[[number, number]]
        The merged windows, sorted by start: windows that overlap or
        touch become one [earliest start, latest end].
    """
    # Your pseudocode here
    pass
