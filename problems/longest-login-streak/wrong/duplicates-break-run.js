// Mistake: sorts but does not skip repeated days, so a repeat ends the streak.
function longestStreak(days) {
  if (days.length === 0) return 0;
  const s = [...days].sort((a, b) => a - b);
  let best = 1, run = 1;
  for (let i = 1; i < s.length; i++) {
    run = s[i] === s[i - 1] + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}
