// Two sorted feeds of n values each, interleaved at random with some equal values.
function generate(n) {
  const a = [];
  const b = [];
  let t = -n;
  for (let i = 0; i < 2 * n; i++) {
    t += Math.floor(Math.random() * 3);
    if ((i % 2 === 0 && a.length < n) || b.length >= n) a.push(t);
    else b.push(t);
  }
  return [a, b];
}
