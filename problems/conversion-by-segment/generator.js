function generate(n) {
  const sessions = [];
  for (let i = 0; i < n; i++) sessions.push({ id: 's' + Math.floor(Math.random() * n), segment: 'seg' + Math.floor(Math.random() * (n / 4 + 1)), converted: Math.random() < 0.3 });
  return [sessions];
}
