function firstUnique(ids: string[]): string | null {
  // Your code here
  return null as any;
}
