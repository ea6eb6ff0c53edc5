// Mistake: keeps one log for all users, so one busy user blocks everyone.
function slidingWindow(limit, windowMs, events) {
  const times = [];
  return events.map(({ t }) => {
    while (times.length && t - times[0] >= windowMs) times.shift();
    if (times.length < limit) { times.push(t); return true; }
    return false;
  });
}
