function dedupe(items) { const queue = items.slice(); const out = []; while (queue.length) { const x = queue.shift(); if (out.indexOf(x) < 0) out.push(x); } return out; }
