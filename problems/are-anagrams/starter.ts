function areAnagrams(a: string, b: string): boolean {
  // Your code here
  return false;
}
