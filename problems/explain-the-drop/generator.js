function generate(n) {
  const before = [], after = [];
  for (let i = 0; i < n; i++) {
    before.push({ segment: 's' + i, sessions: 100 + (i % 50), orders: 10 + (i % 7) });
    after.push({ segment: 's' + i, sessions: 100 + ((i * 3) % 50), orders: 9 + (i % 5) });
  }
  after.reverse();
  return [before, after];
}
