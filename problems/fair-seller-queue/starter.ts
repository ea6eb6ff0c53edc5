function interleave(queues: { seller: string; orders: string[] }[]): string[] {
  // Your code here
  return null as any;
}
