function dedupe(items) { const a = items.slice(); const seen = new Set(); for (let i = 0; i < a.length; ) { if (seen.has(a[i])) a.splice(i, 1); else { seen.add(a[i]); i++; } } return a; }
