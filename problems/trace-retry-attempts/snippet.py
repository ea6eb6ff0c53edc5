# Calls the payment provider until it succeeds or we give up.
# responses: the status each successive call would return.
RETRYABLE = [429, 500, 502, 503]

def charge_with_retry(responses, max_attempts):
    attempt = 0
    calls = []
    while attempt <= max_attempts:
        status = responses[min(attempt, len(responses) - 1)]
        calls.append(status)
        if status not in RETRYABLE:
            break
        attempt += 1
    return calls
