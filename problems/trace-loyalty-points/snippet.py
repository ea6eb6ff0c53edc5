# Loyalty points for one order: 1 point per whole dollar,
# double on weekends, at most 500 points per order.
CAP = 500

def points_for(order_cents, day):
    points = order_cents // 100
    if day in ("sat", "sun"):
        points = points * 2
    if points > CAP:
        points = CAP
    return points
