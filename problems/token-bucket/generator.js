function generate(n) {
  const times = [];
  let t = 0;
  for (let i = 0; i < n; i++) { t += Math.floor(Math.random() * 400); times.push(t); }
  return [5, 2, times];
}
