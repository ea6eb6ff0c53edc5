function isBalanced(s: string): boolean {
  // Your code here
  return null as any;
}
