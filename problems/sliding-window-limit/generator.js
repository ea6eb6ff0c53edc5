function generate(n) {
  const events = [];
  const users = Math.max(1, Math.floor(n / 20));
  for (let i = 0; i < n; i++) events.push({ user: 'u' + Math.floor(Math.random() * users), t: i * 10 });
  return [5, 500, events];
}
