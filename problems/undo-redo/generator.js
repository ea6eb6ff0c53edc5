function generate(n) {
  const ops = [];
  for (let i = 0; i < n; i++) ops.push(i % 4 === 3 ? { op: 'undo' } : i % 9 === 5 ? { op: 'redo' } : { op: 'type', text: 'ab' });
  return [ops];
}
