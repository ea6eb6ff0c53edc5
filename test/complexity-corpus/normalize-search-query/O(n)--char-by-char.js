function normalizeQuery(q) {
  const words = [];
  let word = '';
  for (const ch of q) {
    if (/\s/.test(ch)) {
      if (word) { words.push(word); word = ''; }
    } else {
      word += ch.toLowerCase();
    }
  }
  if (word) words.push(word);
  return words.join(' ');
}
