// Mistake: adds elapsed seconds × rate as a floating-point fraction of a token, so ten refills of 0.1 add up to 0.9999999999999999 and the request exactly at one token is rejected.
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
