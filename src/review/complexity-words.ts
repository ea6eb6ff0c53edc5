import type { StructureId } from './complexity-code';

/*
 * The words people use for structures and operations, and which structures in the code back them.
 * A word that names nothing we can look for in code ("one pass") is backed by any loop.
 */

export type NamedThing = {
  /** As the user wrote it. */
  word: string;
  /** What we call it in feedback. */
  label: string;
  /** Any of these in the code backs the word. */
  backedBy: StructureId[];
  /** What we looked for, in words, when none is there. */
  lookedFor: string;
};

const THINGS: { pattern: RegExp; label: string; backedBy: StructureId[]; lookedFor: string }[] = [
  { pattern: /\bhash\s*sets?\b|\bsets?\b(?!\s+(?:of|up|to)\b)/i, label: 'a Set', backedBy: ['set'], lookedFor: 'new Set(…)' },
  {
    pattern: /\bhash\s*(?:maps?|tables?)\b|\bdictionar(?:y|ies)\b|\bdicts?\b|\bmaps?\b(?!\s+(?:each|over|to)\b)|\blookup\s+tables?\b|\bobject\s+(?:as\s+a\s+)?(?:map|keys?|lookup)\b|\bhash(?:ing)?\b|\bcounts?\s+(?:table|object)\b|\bfrequency\s+(?:map|table|count)/i,
    label: 'a hash map',
    backedBy: ['map', 'object-map', 'set'],
    lookedFor: 'new Map(…), an object used as a lookup (obj[key] = …), or a Set',
  },
  { pattern: /\bsort(?:s|ed|ing)?\b/i, label: 'a sort', backedBy: ['sort'], lookedFor: '.sort(…) or .toSorted(…)' },
  {
    pattern: /\bnested\s+loops?\b|\b(?:two|2|double)\s+(?:nested\s+)?(?:for[\s-]*)?loops?\b|\bloop\s+(?:inside|within|in)\s+(?:a|another)\s+loop\b|\bfor\s+each\b[^.;]{0,40}\bfor\s+each\b|\bquadratic\s+loop/i,
    label: 'nested loops',
    backedBy: ['nested-loop', 'scan-in-loop'],
    lookedFor: 'a loop (or forEach/filter/some…) inside another loop',
  },
  { pattern: /\b(?:min[\s-]?|max[\s-]?)?heaps?\b|\bpriority\s+queues?\b/i, label: 'a heap', backedBy: ['heap'], lookedFor: 'a heap (a class or functions that sift up and down)' },
  { pattern: /\bbinary\s+search(?:es|ing)?\b|\bhalv(?:e|es|ing)\s+the\s+(?:range|search|list|array)/i, label: 'binary search', backedBy: ['binary-search'], lookedFor: 'a loop that halves a lo…hi range around a mid' },
  { pattern: /\bmemo(?:i[sz]e[ds]?|i[sz]ation|i[sz]ing)?\b|\bdynamic\s+programming\b|\bcach(?:e|ed|ing)\s+(?:results?|answers?|sub)/i, label: 'memoisation', backedBy: ['memo'], lookedFor: 'a memo/cache map filled by a recursive function' },
  { pattern: /\brecurs(?:ion|ive|ively|e)\b/i, label: 'recursion', backedBy: ['recursion'], lookedFor: 'a function that calls itself' },
  { pattern: /\btwo[\s-]+pointers?\b|\bleft\s+and\s+right\s+pointers?\b/i, label: 'two pointers', backedBy: ['two-pointers', 'loop'], lookedFor: 'two indexes moving through the list' },
  { pattern: /\bsliding\s+window\b|\bwindow\b/i, label: 'a sliding window', backedBy: ['loop'], lookedFor: 'a loop over the items' },
  { pattern: /\bstacks?\b/i, label: 'a stack', backedBy: ['stack'], lookedFor: 'an array used with push and pop' },
  { pattern: /\bqueues?\b|\bdeque\b/i, label: 'a queue', backedBy: ['shift', 'loop'], lookedFor: 'a queue the code takes items from' },
  { pattern: /\bindexOf\b|\bincludes\b|\bfind(?:Index)?\b|\bsplice\b|\bshift\(?\)?/, label: 'a built-in scan', backedBy: ['scan-in-loop', 'shift'], lookedFor: 'indexOf, includes, find, splice or shift' },
  { pattern: /\bBFS\b|\bbreadth[\s-]first\b/i, label: 'a breadth-first search', backedBy: ['loop'], lookedFor: 'a loop over a queue' },
  { pattern: /\bDFS\b|\bdepth[\s-]first\b/i, label: 'a depth-first search', backedBy: ['recursion', 'stack', 'loop'], lookedFor: 'recursion or a stack' },
];

/** Naming an operation without a structure: any loop in the code backs it. */
const OPERATION_WORDS =
  /\b(?:one|single|a|each|every|two|2|three)\s+(?:pass(?:es)?|loops?|scans?|traversals?|iterations?)\b|\bloop(?:s|ing|ed)?\s+(?:over|through|once)\b|\biterat(?:e|es|ing)\b|\bgo(?:es|ing)?\s+through\b|\bwalk(?:s|ing)?\s+(?:through|over)\b|\bvisit(?:s|ing)?\s+(?:each|every)\b|\btravers(?:e|es|al|ing)\b|\b(?:each|every)\s+(?:item|element|entry|number|task|node|edge|event|request|character|letter|operation)\s+(?:once|one time)\b|\badd(?:s|ing)?\s+up\b|\bsum(?:s|ming)?\b|\bcount(?:s|ing)?\s+(?:each|every|the)\b|\bcompar(?:e|es|ing)\s+(?:each|every|all)\b|\bscan(?:s|ning)?\b|\blinear\s+scan\b/i;

/** The structures and operations a text names. */
export function namedThings(text: string): NamedThing[] {
  const out: NamedThing[] = [];
  for (const t of THINGS) {
    const m = t.pattern.exec(text);
    if (m && !out.some((o) => o.label === t.label)) out.push({ word: m[0], label: t.label, backedBy: t.backedBy, lookedFor: t.lookedFor });
  }
  const op = OPERATION_WORDS.exec(text);
  if (op) out.push({ word: op[0], label: 'a loop', backedBy: ['loop', 'nested-loop', 'scan-in-loop', 'recursion'], lookedFor: 'a loop or an iterating call' });
  return out;
}

/** What a scanning call does, for "where the cost is". */
export const SCAN_MEANING: Record<string, string> = {
  indexOf: 'indexOf scans the list',
  includes: 'includes scans the list',
  lastIndexOf: 'lastIndexOf scans the list',
  find: 'find scans the list until it finds a match',
  findIndex: 'findIndex scans the list until it finds a match',
  findLast: 'findLast scans the list',
  findLastIndex: 'findLastIndex scans the list',
  some: 'some scans the list',
  every: 'every scans the list',
  filter: 'filter walks the whole list',
  map: 'map walks the whole list',
  reduce: 'reduce walks the whole list',
  forEach: 'forEach walks the whole list',
  splice: 'splice moves every later item',
  shift: 'shift moves every remaining item forward',
  unshift: 'unshift moves every item back',
  slice: 'slice copies the list',
  concat: 'concat copies the list',
  join: 'join walks the whole list',
  reverse: 'reverse walks the whole list',
};
