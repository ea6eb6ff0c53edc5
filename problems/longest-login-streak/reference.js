function longestStreak(days) {
  const set = new Set(days);
  let best = 0;
  for (const d of set) {
    if (set.has(d - 1)) continue; // not the start of a run
    let length = 1;
    while (set.has(d + length)) length++;
    if (length > best) best = length;
  }
  return best;
}
