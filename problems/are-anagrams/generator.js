// Two texts of length n over a growing alphabet, the second a rotation of the first.
function generate(n) {
  let a = '';
  for (let i = 0; i < n; i++) a += String.fromCharCode(97 + Math.floor(Math.random() * 26)) + (i % 7 === 0 ? ' ' : '');
  const b = a.slice(Math.floor(a.length / 2)) + a.slice(0, Math.floor(a.length / 2));
  return [a, b];
}
