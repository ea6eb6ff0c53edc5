def applyEdits(ops):
    """
    ops: list[dict {"op": "type", "text": str} | dict {"op": "undo"} |
    dict {"op": "redo"}]
        The session's edit log, oldest first. "type" appends text;
        "undo" takes back the latest typing step; "redo" puts back the
        latest undone step. May be empty.
    returns: str
        The document's text after every operation has been applied (""
        if nothing is left).
    """
    # Your pseudocode here
    pass
