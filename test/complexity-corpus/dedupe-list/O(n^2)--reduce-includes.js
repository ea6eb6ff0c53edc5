function dedupe(items) { return items.reduce((acc, x) => (acc.includes(x) ? acc : [...acc, x]), []); }
