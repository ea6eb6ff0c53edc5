def assignShards(nodes, keys, vnodes):
    """
    nodes: list[str]
        Shard node names (unique, at least one).
    keys: list[str]
        Keys to place.
    vnodes: number
        Virtual points per node on the ring (≥ 1).
    returns: dict[str, str]
        For each key, the node that owns it.
    """
    # Your pseudocode here
    pass
