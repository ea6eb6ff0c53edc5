function mergeSorted(a: number[], b: number[]): number[] {
  // Your code here
  return null as any;
}
