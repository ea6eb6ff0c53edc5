# Keeps the first sign-up for each email, in order,
# so every person gets one welcome coupon.
def dedupe_signups(signups):
    seen = set()
    kept = []
    for s in signups:
        email = s["email"].strip().lower()
        if email in seen:
            continue
        seen.add(email)
        kept.append(s["name"])
    return kept
