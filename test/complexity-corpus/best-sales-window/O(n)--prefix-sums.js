function bestWindow(daily, k) {
  if (k < 1 || k > daily.length) return null;
  const prefix = [0];
  for (const d of daily) prefix.push(prefix[prefix.length - 1] + d);
  let best = -Infinity;
  for (let end = k; end < prefix.length; end++) best = Math.max(best, prefix[end] - prefix[end - k]);
  return best;
}
