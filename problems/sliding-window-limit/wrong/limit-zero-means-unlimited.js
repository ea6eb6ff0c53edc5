// Mistake: treats limit 0 as "no limit" (a falsy setting), so every request is allowed.
function slidingWindow(limit, windowMs, events) {
  const logs = new Map(); // user -> { times, start }
  return events.map(({ user, t }) => {
    if (!logs.has(user)) logs.set(user, { times: [], start: 0 });
    const log = logs.get(user);
    while (log.start < log.times.length && t - log.times[log.start] >= windowMs) log.start++;
    if (!limit || log.times.length - log.start < limit) {
      log.times.push(t);
      return true;
    }
    return false;
  });
}
