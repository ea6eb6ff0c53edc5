function interleave(queues) {
  // A queue of sellers who still have orders, each with the index of their next order.
  const line = [];
  for (const q of queues) {
    if (q.orders.length > 0) line.push({ orders: q.orders, next: 0 });
  }
  const picked = [];
  // Read the line with a head index: O(1) per turn, where shift() would move the whole line.
  for (let head = 0; head < line.length; head++) {
    const seller = line[head];
    picked.push(seller.orders[seller.next]);
    seller.next++;
    if (seller.next < seller.orders.length) line.push(seller); // back of the line
  }
  return picked;
}
