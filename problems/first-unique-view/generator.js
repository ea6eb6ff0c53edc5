// Mostly repeated ids with the only unique one at the end: a scan-per-id solution pays n².
function generate(n) {
  const ids = [];
  for (let i = 0; i < n - 1; i++) ids.push('p' + (i % Math.max(1, Math.floor(n / 2))));
  ids.push('last');
  return [ids];
}
