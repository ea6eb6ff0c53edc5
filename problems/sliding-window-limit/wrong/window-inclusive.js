// Mistake: a request exactly windowMs later still sees the old one.
function slidingWindow(limit, windowMs, events) {
  const logs = new Map();
  return events.map(({ user, t }) => {
    const log = (logs.get(user) || []).filter((x) => t - x <= windowMs);
    const ok = log.length < limit;
    if (ok) log.push(t);
    logs.set(user, log);
    return ok;
  });
}
