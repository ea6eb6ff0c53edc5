def handle(reqs, ttlSec):
    """
    reqs: list[dict {"key": str | None, "body": str, "t": number}]
        Create-order requests in arrival order; t is in whole seconds
        and never decreases. Must not be changed.
    ttlSec: number
        How many seconds a key is remembered after its first request.
    returns: list[dict {"status": "created" | "replayed" | "conflict",
    "orderId": str | None}]
        One result per request.
    """
    # Your pseudocode here
    pass
