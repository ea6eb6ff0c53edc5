function slidingWindow(limit, windowMs, events) {
  const recent = new Map(); // user -> times of allowed requests still in the window, oldest first
  const allowed = [];
  for (const { user, t } of events) {
    if (!recent.has(user)) recent.set(user, []);
    const q = recent.get(user);
    while (q.length > 0 && t - q[0] >= windowMs) q.shift();
    if (q.length < limit) {
      q.push(t);
      allowed.push(true);
    } else {
      allowed.push(false);
    }
  }
  return allowed;
}
