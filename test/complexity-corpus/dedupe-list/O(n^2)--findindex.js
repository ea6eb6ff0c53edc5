function dedupe(items) { return items.filter((x, i) => items.findIndex((y) => y === x) === i); }
