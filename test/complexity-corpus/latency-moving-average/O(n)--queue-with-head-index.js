function movingAverage(ms, k) {
  const queue = [];
  let head = 0;
  let sum = 0;
  const result = [];
  for (const value of ms) {
    queue.push(value);
    sum += value;
    if (queue.length - head > k) sum -= queue[head++];
    result.push(Math.round((sum / (queue.length - head)) * 100) / 100);
  }
  return result;
}
