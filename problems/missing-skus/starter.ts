function missingSkus(expected: string[], received: string[]): string[] {
  // Your code here
  return null as any;
}
