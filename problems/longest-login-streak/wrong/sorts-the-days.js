// Mistake: sorts the caller's list of days in place.
function longestStreak(days) {
  days.sort((a, b) => a - b);
  let best = days.length ? 1 : 0, run = 1;
  for (let i = 1; i < days.length; i++) {
    if (days[i] === days[i - 1]) continue;
    run = days[i] === days[i - 1] + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}
