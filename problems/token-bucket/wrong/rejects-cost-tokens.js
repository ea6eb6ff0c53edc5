// Mistake: a rejected request still takes a token (the balance goes negative).
function tokenBucket(capacity, refillPerSec, timesMs) {
  let tokens = capacity, last = timesMs[0] || 0;
  return timesMs.map((t) => {
    tokens = Math.min(capacity, tokens + ((t - last) / 1000) * refillPerSec);
    last = t;
    tokens -= 1;
    return tokens >= 0;
  });
}
