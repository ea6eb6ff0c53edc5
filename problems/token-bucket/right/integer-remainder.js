// Correct: whole tokens plus a remainder in token-milliseconds, all integers (for whole-number rates and binary fractions alike).
function tokenBucket(capacity, refillPerSec, timesMs) {
  let level = capacity * 1000; // thousandths of a token
  let prev = timesMs[0];
  const out = [];
  for (const t of timesMs) {
    level = Math.min(capacity * 1000, level + (t - prev) * refillPerSec);
    prev = t;
    const ok = level >= 1000;
    if (ok) level -= 1000;
    out.push(ok);
  }
  return out;
}
