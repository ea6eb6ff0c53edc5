function generate(n) {
  const ops = [];
  const keys = Math.max(2, Math.floor(n / 5));
  for (let i = 0; i < n; i++) ops.push(i % 2 ? ['get', 'k' + Math.floor(Math.random() * keys)] : ['put', 'k' + Math.floor(Math.random() * keys), i]);
  return [Math.max(1, Math.floor(n / 10)), ops];
}
