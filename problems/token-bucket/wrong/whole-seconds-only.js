// Mistake: refills only whole tokens per whole second, losing fractions.
function tokenBucket(capacity, refillPerSec, timesMs) {
  let tokens = capacity, last = timesMs[0] || 0;
  return timesMs.map((t) => {
    const add = Math.floor(Math.floor((t - last) / 1000) * refillPerSec);
    if (add > 0) { tokens = Math.min(capacity, tokens + add); last = t; }
    if (tokens >= 1) { tokens -= 1; return true; }
    return false;
  });
}
