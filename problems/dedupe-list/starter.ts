function dedupe(items: (string | number)[]): (string | number)[] {
  // Your code here
  return [];
}
