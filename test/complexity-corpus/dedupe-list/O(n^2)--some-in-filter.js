function dedupe(items) { return items.filter((x, i) => !items.slice(0, i).some((y) => y === x)); }
