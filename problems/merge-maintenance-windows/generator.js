function generate(n) {
  const w = [];
  for (let i = 0; i < n; i++) { const s = Math.floor(Math.random() * n * 10); w.push([s, s + Math.floor(Math.random() * 5)]); }
  return [w];
}
