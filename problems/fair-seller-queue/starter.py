def interleave(queues):
    """
    queues: list[dict {"seller": str, "orders": list[str]}]
        One entry per seller, in the order sellers take turns; each
        seller's order ids are oldest first. May be empty, and a seller
        may have no orders.
    returns: list[str]
        Every order id exactly once, in round-robin order: each seller's
        oldest order in turn, then each seller's second order, and so
        on, skipping sellers that have run out.
    """
    # Your pseudocode here
    pass
