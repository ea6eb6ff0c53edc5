function tokenBucket(capacity, refillPerSec, timesMs) {
  // Count thousandths of a token: 100 ms at 1 token/s adds exactly 100, where adding 0.1 ten
  // times in floating point would give 0.9999999999999999 and wrongly reject the tenth refill.
  const full = capacity * 1000;
  let milli = full;
  let last = timesMs.length ? timesMs[0] : 0;
  return timesMs.map((t) => {
    milli = Math.min(full, milli + (t - last) * refillPerSec);
    last = t;
    if (milli >= 1000) {
      milli -= 1000;
      return true;
    }
    return false;
  });
}
