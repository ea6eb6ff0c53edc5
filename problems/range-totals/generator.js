function generate(n) {
  const daily = [];
  for (let i = 0; i < n; i++) daily.push(Math.floor(Math.random() * 100));
  const queries = [];
  for (let i = 0; i < n; i++) {
    const a = Math.floor(Math.random() * (n / 4));
    queries.push([a, n - 1 - Math.floor(Math.random() * (n / 4))]);
  }
  return [daily, queries];
}
