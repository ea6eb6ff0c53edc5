function dedupe(items) { return items.reduce((acc, x) => { if (!acc.seen.has(x)) { acc.seen.add(x); acc.out.push(x); } return acc; }, { seen: new Set(), out: [] }).out; }
