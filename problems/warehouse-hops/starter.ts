function fewestHops(routes: [string, string][], from: string, to: string): number {
  // Your code here
  return null as any;
}
