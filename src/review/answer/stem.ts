/**
 * A crude English stem used only to compare two words: both sides are cut the same way, so "caching",
 * "cached", "caches" and "cache" all become "cach". The NLP library's lemma does the real work
 * (irregular verbs, plurals); this catches what its part-of-speech guess gets wrong.
 */
const UNDOUBLE = /([bgmnprt])\1$/;

/** The comparison stem of one lower-case word. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ied') && w.length > 4) return `${w.slice(0, -3)}y`;
  const before = w;
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('es') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w !== before && UNDOUBLE.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** The stems a token can be compared by: of its written form and of its lemma. */
export function stemsOf(norm: string, lemma: string): string[] {
  const a = stem(norm);
  const b = stem(lemma);
  return a === b ? [a] : [a, b];
}
