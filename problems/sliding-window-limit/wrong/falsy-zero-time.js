// Mistake: tests the oldest remembered time for truthiness, so a request made at time 0 never leaves the window.
function slidingWindow(limit, windowMs, events) {
  const logs = new Map();
  return events.map(({ user, t }) => {
    if (!logs.has(user)) logs.set(user, []);
    const times = logs.get(user);
    while (times[0] && t - times[0] >= windowMs) times.shift();
    if (times.length < limit) {
      times.push(t);
      return true;
    }
    return false;
  });
}
