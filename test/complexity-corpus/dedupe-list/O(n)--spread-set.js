const dedupe = (items) => [...new Set(items)];
