// Concatenate and sort numerically: correct, but ignores that both are sorted.
const mergeSorted = (a, b) => a.concat(b).sort((x, y) => x - y);
