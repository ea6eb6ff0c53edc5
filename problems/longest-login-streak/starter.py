def longestStreak(days):
    """
    days: list[number]
        Day numbers of logins (unsorted, may repeat, may be negative).
    returns: number
        The length of the longest run of consecutive day numbers; 0 for
        no logins.
    """
    # Your pseudocode here
    pass
