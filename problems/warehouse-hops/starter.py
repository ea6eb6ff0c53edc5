def fewestHops(routes, from_, to):
    """
    routes: list[[str, str]]
        Truck routes between two warehouses; a route works in both
        directions.
    from_: str
        The starting warehouse.
    to: str
        The destination warehouse.
    returns: number
        The fewest routes needed; 0 if from = to; −1 if the destination
        cannot be reached.
    """
    # Your pseudocode here
    pass
