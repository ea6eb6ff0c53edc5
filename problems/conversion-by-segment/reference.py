def conversion_by_segment(sessions):
    seen = set()
    out = {}
    for s in sessions:
        if s["id"] in seen:
            continue
        seen.add(s["id"])
        segment = "unknown" if s["segment"] is None else s["segment"]
        if segment not in out:
            out[segment] = {"sessions": 0, "conversions": 0, "rate": 0}
        row = out[segment]
        row["sessions"] += 1
        if s["converted"]:
            row["conversions"] += 1
    for row in out.values():
        # half up exactly, in whole numbers (57 / 800 = 0.07125 sits just below the half as a float)
        row["rate"] = (row["conversions"] * 20000 + row["sessions"]) // (2 * row["sessions"]) / 10000
    return out
