def dedupe(items):
    result = []
    for item in items:
        if item not in result:  # scans the whole list each time
            result.append(item)
    return result
