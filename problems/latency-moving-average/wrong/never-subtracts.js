// Mistake: keeps a running sum but never subtracts the value that leaves the window.
function movingAverage(ms, k) {
  let sum = 0;
  return ms.map((v, i) => {
    sum += v;
    return Math.round((sum / (i + 1)) * 100) / 100;
  });
}
