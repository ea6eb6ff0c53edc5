def process_events(events, transitions):
    seen = set()
    orders = {}  # orderId -> (seq, status)
    dead_letter = []
    for e in events:
        if e["eventId"] in seen:
            continue
        seen.add(e["eventId"])
        current = orders.get(e["orderId"])
        if current is not None and e["seq"] <= current[0]:
            continue
        if current is not None and e["status"] not in transitions.get(current[1], []):
            dead_letter.append(e["eventId"])
            continue
        orders[e["orderId"]] = (e["seq"], e["status"])
    statuses = {order_id: status for order_id, (seq, status) in orders.items()}
    return {"statuses": statuses, "deadLetter": dead_letter}
