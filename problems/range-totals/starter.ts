function rangeTotals(daily: number[], queries: [number, number][]): number[] {
  // Your code here
  return null as any;
}
