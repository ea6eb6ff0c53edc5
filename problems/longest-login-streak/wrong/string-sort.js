// Mistake: sorts numbers as strings ("10" before "9"), which breaks runs.
function longestStreak(days) {
  if (days.length === 0) return 0;
  const s = [...new Set(days)].sort();
  let best = 1, run = 1;
  for (let i = 1; i < s.length; i++) {
    run = s[i] === s[i - 1] + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}
