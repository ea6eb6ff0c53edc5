// Wrong, but measurable: a binary-search-shaped loop that looks at log n items.
function dedupe(items) { const out = []; let lo = 0, hi = items.length; while (lo < hi) { const mid = (lo + hi) >> 1; if (out.length < 1) out.push(items[mid]); hi = mid; } return out; }
