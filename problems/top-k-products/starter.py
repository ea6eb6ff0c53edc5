def topK(skus, k):
    """
    skus: list[str]
        One entry per purchase: the SKU bought. A SKU repeats once per
        purchase; may be empty.
    k: number
        How many products to return: a whole number, 0 or more.
    returns: list[str]
        Up to k distinct SKUs, most purchases first; on equal counts the
        SKU that comes first in plain string order (a < b) comes first.
    """
    # Your pseudocode here
    pass
