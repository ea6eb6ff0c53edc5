// Mistake: returns 1 for an empty list.
function longestStreak(days) {
  const set = new Set(days);
  let best = 1;
  for (const d of set) {
    if (set.has(d - 1)) continue;
    let n = 1;
    while (set.has(d + n)) n++;
    best = Math.max(best, n);
  }
  return best;
}
