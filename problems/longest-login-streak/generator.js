// One long streak, shuffled: counting up from every day (not only run starts) costs n².
function generate(n) {
  const days = [];
  for (let i = 0; i < n; i++) days.push(i);
  for (let i = n - 1; i > 0; i--) { const j = Math.floor(Math.random() * (i + 1)); const t = days[i]; days[i] = days[j]; days[j] = t; }
  return [days];
}
