function generate(n) {
  const ms = [];
  for (let i = 0; i < n; i++) ms.push(10 + Math.floor(Math.random() * 500));
  return [ms, Math.max(1, Math.floor(n / 2))];
}
