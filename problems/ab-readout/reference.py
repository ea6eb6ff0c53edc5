import math


def ab_readout(users, guard):
    control = [u for u in users if u["arm"] == "control"]
    treatment = [u for u in users if u["arm"] == "treatment"]

    def conversions(rows):
        return sum(1 for u in rows if u["converted"])

    def p95(rows):
        if not rows:
            return None
        latencies = sorted(u["latencyMs"] for u in rows)
        rank = math.ceil(95 * len(latencies) / 100)
        return latencies[rank - 1]

    n_c, n_t = len(control), len(treatment)
    x_c, x_t = conversions(control), conversions(treatment)
    empty = n_c == 0 or n_t == 0
    p_c = x_c / n_c if n_c else 0
    p_t = x_t / n_t if n_t else 0
    lift = None if empty or p_c == 0 else round((p_t - p_c) / p_c, 4)
    z = 0
    if not empty:
        pooled = (x_c + x_t) / (n_c + n_t)
        se = math.sqrt(pooled * (1 - pooled) * (1 / n_c + 1 / n_t))
        z = 0 if se == 0 else round((p_t - p_c) / se, 4)
    significant = abs(z) >= 1.96
    latency = {"control": p95(control), "treatment": p95(treatment)}
    srm = n_c + n_t > 0 and abs(n_t / (n_c + n_t) - 0.5) > guard["srmTolerance"]
    guardrail_ok = not empty and latency["treatment"] <= latency["control"] * (1 + guard["maxP95IncreasePct"] / 100)
    if srm or empty:
        decision = "invalid"
    elif not guardrail_ok or (significant and z < 0):
        decision = "no-ship"
    elif significant and z > 0:
        decision = "ship"
    else:
        decision = "keep-testing"
    return {"lift": lift, "z": z, "significant": significant, "p95": latency,
            "srm": srm, "guardrailOk": guardrail_ok, "decision": decision}
