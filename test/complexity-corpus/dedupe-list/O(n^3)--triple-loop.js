function dedupe(items) {
  const out = [];
  for (let i = 0; i < items.length; i++) {
    let seen = false;
    for (let j = 0; j < i; j++) for (let k = 0; k <= j; k++) if (k === j && items[j] === items[i]) seen = true;
    if (!seen) out.push(items[i]);
  }
  return out;
}
