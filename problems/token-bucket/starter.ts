function tokenBucket(capacity: number, refillPerSec: number, timesMs: number[]): boolean[] {
  // Your code here
  return null as any;
}
