// A few sellers, one of them with most of the orders: shift() pays for every remaining order.
function generate(n) {
  const queues = [];
  const big = [];
  for (let i = 0; i < n; i++) big.push('o' + i);
  queues.push({ seller: 'big', orders: big });
  for (let s = 0; s < 3; s++) queues.push({ seller: 's' + s, orders: ['x' + s] });
  return [queues];
}
