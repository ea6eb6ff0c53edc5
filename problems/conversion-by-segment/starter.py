def conversionBySegment(sessions):
    """
    sessions: list[dict {"id": str, "segment": str | None, "converted":
    bool}]
        Session records; the same session id may appear more than once
        (duplicate logging).
    returns: dict[str, dict {"sessions": number, "conversions": number,
    "rate": number}]
        Per segment: distinct sessions, converted sessions, and
        conversions / sessions rounded to 4 decimal places.
    """
    # Your pseudocode here
    pass
