// Mistake: adds only whole tokens and restarts the refill clock at each refill, so the leftover fraction of a token is thrown away.
function tokenBucket(capacity, refillPerSec, timesMs) {
  let tokens = capacity;
  let lastRefill = timesMs.length ? timesMs[0] : 0;
  return timesMs.map((t) => {
    const whole = Math.floor(((t - lastRefill) * refillPerSec) / 1000);
    if (whole > 0) {
      tokens = Math.min(capacity, tokens + whole);
      lastRefill = t;
    }
    if (tokens >= 1) { tokens--; return true; }
    return false;
  });
}
