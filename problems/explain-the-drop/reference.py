def explain_drop(before, after):
    def totals(rows):
        return sum(r["sessions"] for r in rows), sum(r["orders"] for r in rows)

    def rate(orders, sessions):
        return 0 if sessions == 0 else orders / sessions

    sb, ob = totals(before)
    sa, oa = totals(after)
    if rate(oa, sa) >= rate(ob, sb):
        return None
    b = {r["segment"]: r for r in before}
    a = {r["segment"]: r for r in after}
    empty = {"sessions": 0, "orders": 0}
    best = None
    segments = list(b.keys()) + [s for s in a if s not in b]
    for segment in segments:
        x = b.get(segment, empty)
        y = a.get(segment, empty)
        w = 0 if sb == 0 else x["sessions"] / sb
        w2 = 0 if sa == 0 else y["sessions"] / sa
        r = rate(x["orders"], x["sessions"])
        r2 = rate(y["orders"], y["sessions"])
        row = {"segment": segment, "contribution": w2 * r2 - w * r,
               "rateEffect": w * (r2 - r), "mixEffect": (w2 - w) * r2}
        if (best is None or row["contribution"] < best["contribution"] - 1e-12
                or (abs(row["contribution"] - best["contribution"]) <= 1e-12 and segment < best["segment"])):
            best = row
    return {"segment": best["segment"], "contribution": round(best["contribution"], 4),
            "rateEffect": round(best["rateEffect"], 4), "mixEffect": round(best["mixEffect"], 4)}
