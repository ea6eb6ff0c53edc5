// Mistake: lets tokens pile up beyond capacity while idle.
function tokenBucket(capacity, refillPerSec, timesMs) {
  let tokens = capacity, last = timesMs[0] || 0;
  return timesMs.map((t) => {
    tokens += ((t - last) / 1000) * refillPerSec;
    last = t;
    if (tokens >= 1) { tokens -= 1; return true; }
    return false;
  });
}
