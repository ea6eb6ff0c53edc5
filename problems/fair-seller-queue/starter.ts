type SellerQueue = { seller: string; orders: string[] };

function interleave(queues: SellerQueue[]): string[] {
  // Your code here
  return null as any;
}
