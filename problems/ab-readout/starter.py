def abReadout(users, guard):
    """
    users: list[dict {"arm": "control" | "treatment", "converted": bool,
    "latencyMs": number}]
        One record per user in the experiment.
    guard: dict {"maxP95IncreasePct": number, "srmTolerance": number}
        The largest allowed p95 latency increase (percent) and the
        allowed deviation of the treatment share from 0.5.
    returns: dict {"lift": number | None, "z": number, "significant":
    bool, "p95": dict {"control": number | None, "treatment": number |
    None}, "srm": bool, "guardrailOk": bool, "decision": "ship" |
    "no-ship" | "keep-testing" | "invalid"}
        The readout; see the statement for each rule.
    """
    # Your pseudocode here
    pass
