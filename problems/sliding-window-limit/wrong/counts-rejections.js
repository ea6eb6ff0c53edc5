// Mistake: records rejected requests too, so a busy user stays locked out.
function slidingWindow(limit, windowMs, events) {
  const logs = new Map();
  return events.map(({ user, t }) => {
    const log = (logs.get(user) || []).filter((x) => t - x < windowMs);
    log.push(t);
    logs.set(user, log);
    return log.length <= limit;
  });
}
