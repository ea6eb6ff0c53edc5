import { COMPLEXITY_CLASSES, type CodingProblemMeta, type ComplexityClass } from '../problems/schema';

export type ProblemVariable = CodingProblemMeta['complexity']['variables'][number];

export type ParsedBound = {
  /** As written, e.g. "O(n*m)" or "n squared". */
  raw: string;
  /** Tidied, e.g. "O(n·m)". */
  normalized: string;
  variables: string[];
  /** The class after mapping every variable through how the problem grows it; undefined if unmappable. */
  class: ComplexityClass | undefined;
  /** Variables neither declared by the problem nor defined in the text. */
  unknownVariables: string[];
};

export type ParsedClaim = {
  time?: ParsedBound;
  space?: ParsedBound;
  /** A single bound with no "time" or "space" near it counts as time. */
  timeWasUnlabelled: boolean;
  /** Variables the text defines itself: "where n is the number of tasks". */
  definedInText: Record<string, string>;
};

const SUPERSCRIPTS: Record<string, string> = { '²': '^2', '³': '^3', 'ⁿ': '^n', '⁴': '^4', '¹': '^1', '⁰': '^0', 'ᵏ': '^k', 'ᵐ': '^m' };

/** Big-O, Θ and Ω in any common spelling, with the expression inside its parentheses. */
const BOUND = /(?:\bbig[\s-]*)?(?<![A-Za-z])[OoΘθΩ](?:mega)?\s*\(((?:[^()]|\([^()]*\))*)\)|\btheta\s*\(((?:[^()]|\([^()]*\))*)\)/g;

/** Words people use for classes. Longer phrases first so "n log n" wins over "log n". */
const WORD_FORMS: [RegExp, ComplexityClass, string][] = [
  [/\bn\s*log\s*n\b|\blinearithmic\b|\blog[\s-]*linear\b|\bn\s*lg\s*n\b/i, 'O(n log n)', 'n log n'],
  [/\bn[\s-]*squared\b|\bquadratic(?:ally)?\b|\bn\s+times\s+n\b/i, 'O(n^2)', 'n^2'],
  [/\bn[\s-]*cubed\b|\bcubic\b/i, 'O(n^3)', 'n^3'],
  [/\bexponential(?:ly)?\b|\b2\s*to\s*the\s*n\b/i, 'O(2^n)', '2^n'],
  [/\blogarithmic\b|\blog\s*n\b/i, 'O(log n)', 'log n'],
  [/\blinear(?:ly)?\b|\bbig\s*o\s*of\s*n\b|\bo\s*of\s*n\b/i, 'O(n)', 'n'],
  [/\bconstant\b/i, 'O(1)', '1'],
];

const TIME_WORDS = /\b(time|runtime|run[\s-]*time|runs?|running|speed|steps|operations|complexity is)\b/gi;
const SPACE_WORDS = /\b(space|memory|auxiliary|extra\s+storage|storage|ram)\b/gi;

type Term = { degree: number; logs: number; exponential: boolean };
type Expr = { term: Term; variables: string[]; unknown: string[] };

const CONSTANT: Term = { degree: 0, logs: 0, exponential: false };
const dominant = (a: Term, b: Term): Term =>
  a.exponential !== b.exponential ? (a.exponential ? a : b) : a.degree !== b.degree ? (a.degree > b.degree ? a : b) : a.logs >= b.logs ? a : b;
const times = (a: Term, b: Term): Term => ({ degree: a.degree + b.degree, logs: a.logs + b.logs, exponential: a.exponential || b.exponential });
const grows = (t: Term) => t.exponential || t.degree > 0 || t.logs > 0;

/**
 * Reads the inside of O(…) with a small recursive-descent parser: sums keep their dominant term,
 * products add degrees, logs count separately, c^n is exponential.
 */
function readExpression(inner: string, growth: (v: string) => 0 | 1 | undefined): Expr | undefined {
  let text = inner.trim();
  for (const [sup, plain] of Object.entries(SUPERSCRIPTS)) text = text.split(sup).join(plain);
  // "n2" typed for n²; but "log2 n" is a log.
  text = text.replace(/[·×⋅∙]/g, '*').replace(/\s+/g, ' ').replace(/(?<!lo)([A-Za-z])(\d+)/g, '$1^$2');
  const tokens: string[] = [];
  for (let i = 0; i < text.length; ) {
    const m = /^(\s+|\d+(?:\.\d+)?|log2|log10|log|lg|ln|[A-Za-z]|\^|\*|\+|-|\(|\)|\/|,)/.exec(text.slice(i));
    if (!m) return undefined;
    if (m[1].trim()) tokens.push(m[1]);
    i += m[1].length;
  }
  if (tokens.length === 0) return undefined;
  const variables = new Set<string>();
  const unknown = new Set<string>();
  let pos = 0;
  const peek = () => tokens[pos];
  const isLog = (t: string | undefined) => t !== undefined && /^(log2|log10|log|lg|ln)$/.test(t);
  const startsAtom = (t: string | undefined) => t !== undefined && (t === '(' || isLog(t) || /^[A-Za-z\d]/.test(t));

  function sum(): Term {
    let acc = product();
    while (peek() === '+' || peek() === '-' || peek() === ',') {
      pos++;
      acc = dominant(acc, product());
    }
    return acc;
  }
  function product(): Term {
    let acc = power();
    for (;;) {
      if (peek() === '*') {
        pos++;
        acc = times(acc, power());
      } else if (peek() === '/') {
        pos++;
        power(); // dividing by a constant (n/2) changes nothing that matters here
      } else if (startsAtom(peek())) {
        acc = times(acc, power()); // implicit product: "n log n", "nm"
      } else return acc;
    }
  }
  function power(): Term {
    const base = atom();
    if (peek() !== '^') return base.term;
    pos++;
    const exponent = atom();
    if (grows(exponent.term)) return { degree: 0, logs: 0, exponential: true };
    const k = exponent.value ?? 1;
    return { degree: base.term.degree * k, logs: base.term.logs * k, exponential: base.term.exponential };
  }
  function atom(): { term: Term; value?: number } {
    const t = tokens[pos++];
    if (t === undefined) throw new Error('unexpected end');
    if (t === '(') {
      const inside = sum();
      if (peek() === ')') pos++;
      return { term: inside };
    }
    if (isLog(t)) {
      const argument = power();
      return { term: grows(argument) ? { degree: 0, logs: 1, exponential: false } : CONSTANT };
    }
    if (/^\d/.test(t)) return { term: CONSTANT, value: Number(t) };
    if (/^[A-Za-z]$/.test(t)) {
      variables.add(t);
      const g = growth(t);
      if (g === undefined) unknown.add(t);
      return { term: (g ?? 1) === 1 ? { degree: 1, logs: 0, exponential: false } : CONSTANT };
    }
    throw new Error(`unexpected ${t}`);
  }
  try {
    const term = sum();
    if (pos < tokens.length && tokens.slice(pos).some((t) => t !== ')')) return undefined;
    return { term, variables: [...variables], unknown: [...unknown] };
  } catch {
    return undefined;
  }
}

function classOf(expr: Expr): ComplexityClass | undefined {
  const top = expr.term;
  if (top.exponential) return 'O(2^n)';
  if (top.degree === 0) return top.logs > 0 ? 'O(log n)' : 'O(1)';
  if (top.degree === 1) return top.logs > 0 ? 'O(n log n)' : 'O(n)';
  if (top.degree === 2) return 'O(n^2)';
  if (top.degree === 3) return 'O(n^3)';
  return undefined;
}

/** "where n is the number of tasks", "n = number of items", "k: distinct characters". */
function variablesDefinedIn(text: string): Record<string, string> {
  const defined: Record<string, string> = {};
  const patterns = [
    /\b(?:where|with|and|let)\s+([A-Za-z])\s+(?:is|=|being|means|represents|stands for)\s+(?:the\s+)?([^.,;\n]+?)(?=\s+and\s+|[.,;\n]|$)/g,
    /(?:^|[\s(,;])([A-Za-z])\s*(?:=|:)\s*(?:the\s+)?((?:number|count|size|length|total|amount|#|distinct|unique|len)[^.,;\n]*)/gi,
    /(?:^|[\s(,;])([A-Za-z])\s+(?:is|being)\s+(?:the\s+)?((?:number|count|size|length|total|amount|distinct|unique)[^.,;\n]*)/gi,
  ];
  for (const p of patterns) for (const m of text.matchAll(p)) defined[m[1]] ??= m[2].trim();
  return defined;
}

type Found = { raw: string; index: number; end: number; bound: ParsedBound };

/** The nearest "time" or "space" word decides what a bound is about. */
function labelFor(text: string, index: number, end: number): 'time' | 'space' | undefined {
  const windowBefore = 60;
  let best: { kind: 'time' | 'space'; distance: number } | undefined;
  for (const [kind, re] of [['time', TIME_WORDS], ['space', SPACE_WORDS]] as const) {
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      const distance = at < index ? index - (at + m[0].length) : at - end;
      const before = at < index;
      if ((before && distance > windowBefore) || (!before && distance > 25)) continue;
      // A word after the bound ("O(n) time") is as strong as one just before it.
      const weighted = before ? distance : distance * 0.8;
      if (!best || weighted < best.distance) best = { kind, distance: weighted };
    }
  }
  return best?.kind;
}

/**
 * Finds the time and space claims in a written explanation and maps each to one of the seven
 * classes through the problem's variables (O(n·k) with k growing like n is O(n^2)). Never throws.
 */
export function parseClaim(text: string, variables: ProblemVariable[]): ParsedClaim {
  const definedInText = variablesDefinedIn(text);
  const declared = new Map(variables.map((v) => [v.name, v.grows === '1' ? 0 : 1] as const));
  const growth = (v: string): 0 | 1 | undefined => {
    if (declared.has(v)) return declared.get(v) as 0 | 1;
    if (declared.has(v.toLowerCase())) return declared.get(v.toLowerCase()) as 0 | 1;
    if (declared.has(v.toUpperCase())) return declared.get(v.toUpperCase()) as 0 | 1;
    if (v in definedInText) return 1;
    return undefined;
  };
  const found: Found[] = [];
  for (const m of text.matchAll(BOUND)) {
    const inner = (m[1] ?? m[2] ?? '').trim();
    const expr = readExpression(inner, growth);
    const index = m.index ?? 0;
    if (!expr) continue;
    const unknown = expr.unknown.filter((v) => !/^\d/.test(v));
    found.push({
      raw: m[0],
      index,
      end: index + m[0].length,
      bound: {
        raw: m[0],
        normalized: `O(${inner.replace(/\s*[*·×]\s*/g, '·').replace(/\s+/g, ' ')})`,
        variables: expr.variables,
        class: classOf(expr),
        unknownVariables: unknown,
      },
    });
  }
  // Word forms count where no O(…) already covers that stretch of text.
  for (const [re, cls, shape] of WORD_FORMS) {
    for (const m of text.matchAll(new RegExp(re.source, 'gi'))) {
      const index = m.index ?? 0;
      const end = index + m[0].length;
      if (found.some((f) => index < f.end && end > f.index)) continue;
      found.push({ raw: m[0], index, end, bound: { raw: m[0], normalized: cls, variables: shape.includes('n') ? ['n'] : [], class: cls, unknownVariables: [] } });
    }
  }
  found.sort((a, b) => a.index - b.index);

  let time: ParsedBound | undefined;
  let space: ParsedBound | undefined;
  const unlabelled: ParsedBound[] = [];
  for (const f of found) {
    const label = labelFor(text, f.index, f.end);
    if (label === 'time' && !time) time = f.bound;
    else if (label === 'space' && !space) space = f.bound;
    else if (!label) unlabelled.push(f.bound);
  }
  let timeWasUnlabelled = false;
  if (!time && unlabelled.length > 0) {
    time = unlabelled.shift();
    timeWasUnlabelled = true;
  }
  if (!space && unlabelled.length > 0 && !timeWasUnlabelled) space = unlabelled.shift();
  return { time, space, timeWasUnlabelled, definedInText };
}

/** How two classes compare: negative when `a` grows slower than `b`. */
export function compareClasses(a: ComplexityClass, b: ComplexityClass): number {
  return COMPLEXITY_CLASSES.indexOf(a) - COMPLEXITY_CLASSES.indexOf(b);
}
