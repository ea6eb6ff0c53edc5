function generate(n) {
  let q = '';
  for (let i = 0; i < n; i++) q += i % 4 === 0 ? 'A' : ' ';
  return [q];
}
