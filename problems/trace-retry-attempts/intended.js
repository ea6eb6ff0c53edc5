// At most maxAttempts calls; retry only 429 and 5xx.
function chargeWithRetry(responses, maxAttempts) {
  const calls = [];
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const status = responses[Math.min(attempt, responses.length - 1)];
    calls.push(status);
    if (![429, 500, 502, 503].includes(status)) break;
  }
  return calls;
}
