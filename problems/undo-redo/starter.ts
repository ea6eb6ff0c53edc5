function applyEdits(ops: ({ op: "type"; text: string } | { op: "undo" } | { op: "redo" })[]): string {
  // Your code here
  return null as any;
}
