def handle(reqs, ttl_sec):
    seen = {}
    next_id = 1
    out = []
    for r in reqs:
        key, body, t = r["key"], r["body"], r["t"]
        if key is not None and key in seen:
            first = seen[key]
            if t < first["t"] + ttl_sec:
                if first["body"] == body:
                    out.append({"status": "replayed", "orderId": first["orderId"]})
                else:
                    out.append({"status": "conflict", "orderId": None})
                continue
        order_id = f"o{next_id}"
        next_id += 1
        if key is not None:
            seen[key] = {"body": body, "orderId": order_id, "t": t}
        out.append({"status": "created", "orderId": order_id})
    return out
