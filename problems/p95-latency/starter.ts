function percentile(ms: number[], p: number): number {
  // Your code here
  return null as any;
}
