// One big seller with half the orders and many small sellers with one order each, so both the
// number of orders (N) and of sellers (S) grow with n. shift() on the big queue, or visiting every
// seller in every round, shows as O(n²).
function generate(n) {
  const half = Math.max(1, Math.floor(n / 2));
  const queues = [];
  const big = [];
  for (let i = 0; i < half; i++) big.push('big-' + i);
  queues.push({ seller: 'big', orders: big });
  for (let s = 0; s < n - half; s++) queues.push({ seller: 's' + s, orders: ['s' + s + '-0'] });
  return [queues];
}
