def dedupe(items):
    return [x for i, x in enumerate(items) if items.index(x) == i]
