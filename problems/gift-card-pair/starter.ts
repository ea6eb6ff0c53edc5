function findPair(prices: number[], target: number): [number, number] | null {
  // Your code here
  return null as any;
}
