function generate(n) {
  const reqs = [];
  for (let i = 0; i < n; i++) reqs.push({ key: 'k' + Math.floor(Math.random() * (n / 3 + 1)), body: 'b' + (i % 5), t: i });
  return [reqs, Math.max(1, Math.floor(n / 4))];
}
