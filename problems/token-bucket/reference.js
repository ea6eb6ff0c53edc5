function tokenBucket(capacity, refillPerSec, timesMs) {
  let tokens = capacity;
  let last = timesMs.length ? timesMs[0] : 0;
  return timesMs.map((t) => {
    tokens = Math.min(capacity, tokens + ((t - last) / 1000) * refillPerSec);
    last = t;
    if (tokens >= 1) {
      tokens -= 1;
      return true;
    }
    return false;
  });
}
