def isBalanced(s):
    """
    s: str
        The template text: brackets ()[]{} mixed with any other
        characters, which are ignored. May be empty.
    returns: bool
        true if every opener is closed by the same kind of bracket,
        innermost first, and no closer comes without an opener.
    """
    # Your pseudocode here
    pass
