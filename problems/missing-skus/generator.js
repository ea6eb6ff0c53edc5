function generate(n) {
  const expected = [];
  for (let i = 0; i < n; i++) expected.push('S' + Math.floor(Math.random() * n));
  const received = expected.filter((_, i) => i % 10 !== 0).reverse();
  return [expected, received];
}
