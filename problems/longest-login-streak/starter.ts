function longestStreak(days: number[]): number {
  // Your code here
  return null as any;
}
