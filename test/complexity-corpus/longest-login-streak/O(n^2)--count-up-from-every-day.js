function longestStreak(days) {
  const set = new Set(days);
  let longest = 0;
  for (const day of days) {
    let length = 0;
    while (set.has(day + length)) length++;
    longest = Math.max(longest, length);
  }
  return longest;
}
