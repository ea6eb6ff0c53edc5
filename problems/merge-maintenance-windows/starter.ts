function mergeWindows(w: [number, number][]): [number, number][] {
  // Your code here
  return null as any;
}
