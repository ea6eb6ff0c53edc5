def token_bucket(capacity, refill_per_sec, times_ms):
    # Count in thousandths of a token, so ten refills of a tenth make exactly one token.
    full = capacity * 1000
    milli = full
    last = times_ms[0] if times_ms else 0
    out = []
    for t in times_ms:
        milli = min(full, milli + (t - last) * refill_per_sec)
        last = t
        if milli >= 1000:
            milli -= 1000
            out.append(True)
        else:
            out.append(False)
    return out
