function dedupe(items) {
  const key = (x) => typeof x + ':' + x;
  const pairs = items.map((x, i) => [key(x), i, x]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  const firsts = pairs.filter((p, i) => i === 0 || p[0] !== pairs[i - 1][0]);
  return firsts.sort((a, b) => a[1] - b[1]).map((p) => p[2]);
}
