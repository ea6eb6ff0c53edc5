function explainDrop(before: { segment: string; sessions: number; orders: number }[], after: { segment: string; sessions: number; orders: number }[]): { segment: string; contribution: number; rateEffect: number; mixEffect: number } | null {
  // Your code here
  return null as any;
}
