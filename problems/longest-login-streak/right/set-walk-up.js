// Correct: a Set, counting up only from days whose previous day is absent.
function longestStreak(days) {
  const set = new Set(days);
  let best = 0;
  for (const d of set) {
    if (set.has(d - 1)) continue;
    let n = 1;
    while (set.has(d + n)) n++;
    best = Math.max(best, n);
  }
  return best;
}
