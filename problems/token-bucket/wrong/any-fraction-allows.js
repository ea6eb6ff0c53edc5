// Mistake: allows a request while any fraction of a token is left (tokens > 0), not only a whole token.
function tokenBucket(capacity, refillPerSec, timesMs) {
  let milli = capacity * 1000;
  let last = timesMs.length ? timesMs[0] : 0;
  return timesMs.map((t) => {
    milli = Math.min(capacity * 1000, milli + (t - last) * refillPerSec);
    last = t;
    if (milli > 0) { milli = Math.max(0, milli - 1000); return true; }
    return false;
  });
}
