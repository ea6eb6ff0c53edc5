function dedupe(items) { const seen = new Set(); const out = []; for (const x of items) { if (!seen.has(x)) { seen.add(x); out.push(x); } } return out; }
