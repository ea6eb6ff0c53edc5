def dedupe(items):
    # dicts keep insertion order, so the keys are the first occurrences
    return list(dict.fromkeys(items))
