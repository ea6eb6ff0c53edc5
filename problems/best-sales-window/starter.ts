function bestWindow(daily: number[], k: number): number | null {
  // Your code here
  return null as any;
}
