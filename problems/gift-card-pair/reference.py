def find_pair(prices, target):
    first_index = {}
    for j, price in enumerate(prices):
        need = target - price
        if need in first_index:
            return [first_index[need], j]
        if price not in first_index:
            first_index[price] = j
    return None
