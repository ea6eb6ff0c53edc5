function generate(n) {
  const flow = ['placed', 'paid', 'shipped', 'delivered'];
  const orders = Math.max(1, Math.floor(n / 4));
  const events = [];
  for (let i = 0; i < n; i++) {
    const step = Math.floor(i / orders);
    events.push({ eventId: 'e' + (i - (i % 9 === 8 ? 1 : 0)), orderId: 'o' + (i % orders), seq: step + 1, status: flow[Math.min(3, step)] });
  }
  return [events, { placed: ['paid', 'cancelled'], paid: ['shipped', 'refunded'], shipped: ['delivered'], delivered: ['returned'], cancelled: [], refunded: [], returned: [] }];
}
