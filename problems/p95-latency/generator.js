function generate(n) {
  const ms = [];
  for (let i = 0; i < n; i++) ms.push(Math.floor(Math.random() * 1000));
  return [ms, 95];
}
