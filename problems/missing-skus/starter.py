def missingSkus(expected, received):
    """
    expected: list[str]
        SKUs on the shipping manifest, one entry per unit (a SKU may
        repeat).
    received: list[str]
        SKUs scanned at the warehouse, one entry per unit, in any order.
    returns: list[str]
        The units on the manifest that were not received, in manifest
        order (a multiset difference).
    """
    # Your pseudocode here
    pass
