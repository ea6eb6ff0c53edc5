function rangeTotals(daily, queries) {
  const prefix = [0];
  for (let i = 0; i < daily.length; i++) prefix.push(prefix[i] + daily[i]);
  return queries.map(([from, to]) => prefix[to + 1] - prefix[from]);
}
