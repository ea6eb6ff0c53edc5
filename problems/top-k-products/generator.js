function generate(n) {
  const skus = [];
  for (let i = 0; i < n; i++) skus.push('S' + Math.floor(Math.random() * (n / 2 + 1)));
  return [skus, Math.max(1, Math.floor(n / 4))];
}
