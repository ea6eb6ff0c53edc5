def processEvents(events, transitions):
    """
    events: list[dict {"eventId": str, "orderId": str, "seq": number,
    "status": str}]
        Events in delivery order; delivery is at-least-once and not
        always in order.
    transitions: dict[str, list[str]]
        For each status, the statuses an order may move to next.
    returns: dict {"statuses": dict[str, str], "deadLetter": list[str]}
        Each order's final status, and the ids of dead-lettered events
        in the order they were seen.
    """
    # Your pseudocode here
    pass
