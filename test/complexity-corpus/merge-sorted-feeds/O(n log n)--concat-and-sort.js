function mergeSorted(a, b) {
  return a.concat(b).sort((x, y) => x - y);
}
