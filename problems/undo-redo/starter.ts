type Op = { op: "type"; text: string } | { op: "undo" } | { op: "redo" };

function applyEdits(ops: Op[]): string {
  // Your code here
  return null as any;
}
