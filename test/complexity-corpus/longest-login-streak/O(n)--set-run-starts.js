function longestStreak(days) {
  const seen = new Set(days);
  let best = 0;
  for (const d of seen) {
    if (seen.has(d - 1)) continue; // not the first day of a run
    let len = 1;
    while (seen.has(d + len)) len++;
    if (len > best) best = len;
  }
  return best;
}
