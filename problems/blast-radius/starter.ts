function impacted(deps: [string, string][], failed: string): string[] {
  // Your code here
  return null as any;
}
