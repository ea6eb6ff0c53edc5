function slidingWindow(limit: number, windowMs: number, events: { user: string; t: number }[]): boolean[] {
  // Your code here
  return null as any;
}
