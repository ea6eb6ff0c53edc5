function runLru(capacity: number, ops: (["get", string] | ["put", string, number])[]): (number | null)[] {
  // Your code here
  return null as any;
}
