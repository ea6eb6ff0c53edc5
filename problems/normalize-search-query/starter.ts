function normalizeQuery(q: string): string {
  // Your code here
  return null as any;
}
