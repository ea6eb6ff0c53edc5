function hasCycle(deps: Record<string, string[]>): boolean {
  // Your code here
  return false;
}
