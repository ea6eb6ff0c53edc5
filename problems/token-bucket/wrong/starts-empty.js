// Mistake: starts the bucket empty instead of full, so the first burst is rejected.
function tokenBucket(capacity, refillPerSec, timesMs) {
  let milli = 0;
  let last = timesMs.length ? timesMs[0] : 0;
  return timesMs.map((t) => {
    milli = Math.min(capacity * 1000, milli + (t - last) * refillPerSec);
    last = t;
    if (milli >= 1000) { milli -= 1000; return true; }
    return false;
  });
}
