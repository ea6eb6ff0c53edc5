// Mistake: counts per fixed calendar window, allowing 2× bursts across a window edge.
function slidingWindow(limit, windowMs, events) {
  const counts = new Map();
  return events.map(({ user, t }) => {
    const k = user + '@' + Math.floor(t / windowMs);
    const c = counts.get(k) || 0;
    if (c < limit) { counts.set(k, c + 1); return true; }
    return false;
  });
}
