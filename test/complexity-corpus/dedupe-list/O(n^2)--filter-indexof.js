function dedupe(items) { return items.filter((x, i) => items.indexOf(x) === i); }
