function generate(n) {
  const daily = [];
  for (let i = 0; i < n; i++) daily.push(Math.floor(Math.random() * 200) - 50);
  return [daily, Math.max(1, Math.floor(n / 2))];
}
