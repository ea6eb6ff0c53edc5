function dedupe(items) { return Array.from(new Set(items)); }
