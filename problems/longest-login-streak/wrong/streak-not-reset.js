// Mistake: never resets the run at a gap, so it counts every adjacent pair in the whole list.
function longestStreak(days) {
  const d = [...new Set(days)].sort((a, b) => a - b);
  if (d.length === 0) return 0;
  let run = 1;
  for (let i = 1; i < d.length; i++) if (d[i] === d[i - 1] + 1) run++;
  return run;
}
