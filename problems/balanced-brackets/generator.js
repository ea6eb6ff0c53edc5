function generate(n) {
  const half = Math.max(1, Math.floor(n / 2));
  return ['('.repeat(half) + ')'.repeat(half)];
}
