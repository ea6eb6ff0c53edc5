function movingAverage(ms: number[], k: number): number[] {
  // Your code here
  return null as any;
}
