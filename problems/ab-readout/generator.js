function generate(n) {
  const users = [];
  for (let i = 0; i < n; i++) users.push({ arm: i % 2 ? 'treatment' : 'control', converted: Math.random() < (i % 2 ? 0.12 : 0.1), latencyMs: 50 + Math.floor(Math.random() * 300) });
  return [users, { maxP95IncreasePct: 10, srmTolerance: 0.02 }];
}
