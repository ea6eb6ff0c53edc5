def token_bucket(capacity, refill_per_sec, times_ms):
    tokens = capacity
    last = times_ms[0] if times_ms else 0
    out = []
    for t in times_ms:
        tokens = min(capacity, tokens + (t - last) / 1000 * refill_per_sec)
        last = t
        if tokens >= 1:
            tokens -= 1
            out.append(True)
        else:
            out.append(False)
    return out
