def handle(reqs, ttlSec):
    """
    reqs: list[dict {"key": str | None, "body": str, "t": number}] (Create-order requests in arrival order; t is in seconds and never decreases.)
    ttlSec: number (How long a key is remembered after its first request.)
    returns: list[dict {"status": "created" | "replayed" | "conflict", "orderId": str | None}] (One result per request.)
    """
    # Your pseudocode here
    pass
