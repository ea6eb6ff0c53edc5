function dedupe(items) { const first = new Map(); items.forEach((x, i) => { if (!first.has(x)) first.set(x, i); }); return items.filter((x, i) => first.get(x) === i); }
