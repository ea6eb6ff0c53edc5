def findPair(prices, target):
    """
    prices: list[number]
        Item prices in cents, in catalog order. Values may repeat, be
        zero or negative (credits).
    target: number
        The gift card balance in cents.
    returns: [number, number] | None
        Indices [i, j] with i < j and prices[i] + prices[j] === target,
        or null. With several pairs: the smallest j, then the smallest
        i.
    """
    # Your pseudocode here
    pass
