def explainDrop(before, after):
    """
    before: list[dict {"segment": str, "sessions": number, "orders":
    number}]
        Last week, one row per segment.
    after: list[dict {"segment": str, "sessions": number, "orders":
    number}]
        This week, one row per segment (segments may appear or vanish).
    returns: dict {"segment": str, "contribution": number, "rateEffect":
    number, "mixEffect": number} | None
        The segment with the most negative contribution to the change in
        overall rate, split into rate and mix effects (4 dp); null if
        the overall rate did not fall.
    """
    # Your pseudocode here
    pass
