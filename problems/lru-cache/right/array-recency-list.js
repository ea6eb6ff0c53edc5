// Correct but O(n·c): an array of [key, value] pairs, most recent last, searched with findIndex.
function runLru(capacity, ops) {
  const list = [];
  const results = [];
  for (const op of ops) {
    const i = list.findIndex((e) => e[0] === op[1]);
    if (op[0] === 'get') {
      if (i === -1) { results.push(null); continue; }
      const [entry] = list.splice(i, 1);
      list.push(entry);
      results.push(entry[1]);
    } else if (capacity > 0) {
      if (i !== -1) list.splice(i, 1);
      list.push([op[1], op[2]]);
      if (list.length > capacity) list.shift();
    }
  }
  return results;
}
