def areAnagrams(a, b):
    """
    a: str
        The first text. May contain spaces, punctuation, digits, accents
        or emoji.
    b: str
        The second text.
    returns: bool
        true when both texts use the same characters the same number of
        times (case and whitespace ignored).
    """
    # Your pseudocode here
    pass
