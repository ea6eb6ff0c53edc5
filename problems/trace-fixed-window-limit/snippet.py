# Allows at most `limit` requests per clock minute.
# Returns one True/False decision per request.
def allow_requests(timestamps, limit):
    counts = {}
    decisions = []
    for t in timestamps:
        window = t // 60
        used = counts.get(window, 0)
        if used < limit:
            counts[window] = used + 1
            decisions.append(True)
        else:
            decisions.append(False)
    return decisions
