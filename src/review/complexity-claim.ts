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
type Expr = { terms: Term[]; variables: string[]; unknown: string[] };

/** Reads the inside of O(…) as a sum of products: numbers, variables, powers, logs and c^n. */
function readExpression(inner: string, growth: (v: string) => 0 | 1 | undefined): Expr | undefined {
  let text = inner.trim();
  for (const [sup, plain] of Object.entries(SUPERSCRIPTS)) text = text.split(sup).join(plain);
  // "n2" typed for n²; but "log2 n" is a log.
  text = text.replace(/[·×⋅∙]/g, '*').replace(/\s+/g, ' ').replace(/(?<!lo)([A-Za-z])(\d+)/g, '$1^$2');
  const tokens: string[] = [];
  for (let i = 0; i < text.length; ) {
    const rest = text.slice(i);
    const m = /^(\s+|\d+(?:\.\d+)?|log2|log10|log|lg|ln|[A-Za-z]|\^|\*|\+|-|\(|\)|\/|,)/.exec(rest);
    if (!m) return undefined;
    if (m[1].trim()) tokens.push(m[1]);
    i += m[1].length;
  }
  const variables = new Set<string>();
  const unknown = new Set<string>();
  const terms: Term[] = [];
  let current: Term = { degree: 0, logs: 0, exponential: false };
  let expectingExponentOf: 'var' | 'number' | null = null;
  let lastDegree = 0;
  let depth = 0;
  let inLog = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === '(') { depth++; continue; }
    if (t === ')') { depth--; if (inLog > depth) inLog = 0; continue; }
    if ((t === '+' || t === '-' || t === ',') && depth === 0) {
      terms.push(current);
      current = { degree: 0, logs: 0, exponential: false };
      continue;
    }
    if (t === '*' || t === '/' || t === '+' || t === '-') continue;
    if (/^(log2|log10|log|lg|ln)$/.test(t)) {
      current.logs++;
      inLog = depth + 1;
      // "log n" / "log(n)": the argument is inside the log, not a factor of the term.
      if (tokens[i + 1] && tokens[i + 1] !== '(' && /^[A-Za-z]$/.test(tokens[i + 1])) {
        const v = tokens[++i];
        variables.add(v);
        if (growth(v) === undefined) unknown.add(v);
      } else if (tokens[i + 1] === '(') {
        let d = 0;
        for (i = i + 1; i < tokens.length; i++) {
          if (tokens[i] === '(') d++;
          else if (tokens[i] === ')' && --d === 0) break;
          else if (/^[A-Za-z]$/.test(tokens[i])) {
            variables.add(tokens[i]);
            if (growth(tokens[i]) === undefined) unknown.add(tokens[i]);
          }
        }
      }
      continue;
    }
    if (t === '^') {
      const next = tokens[++i];
      if (next === undefined) return undefined;
      if (expectingExponentOf === 'number' && /^[A-Za-z]$/.test(next)) {
        // c^n: exponential in n.
        variables.add(next);
        if (growth(next) === undefined) unknown.add(next);
        if (growth(next) !== 0) current.exponential = true;
      } else if (expectingExponentOf === 'var' && /^\d+$/.test(next)) {
        current.degree += lastDegree * (Number(next) - 1);
      } else if (expectingExponentOf === 'var' && /^[A-Za-z]$/.test(next)) {
        current.exponential = true; // n^n and the like
      }
      expectingExponentOf = null;
      continue;
    }
    if (/^\d/.test(t)) {
      expectingExponentOf = 'number';
      continue;
    }
    if (/^[A-Za-z]$/.test(t)) {
      variables.add(t);
      const g = growth(t);
      if (g === undefined) unknown.add(t);
      lastDegree = g ?? 1;
      if (inLog === 0) current.degree += lastDegree;
      expectingExponentOf = 'var';
      continue;
    }
  }
  terms.push(current);
  return { terms, variables: [...variables], unknown: [...unknown] };
}

function classOf(expr: Expr): ComplexityClass | undefined {
  // The dominant term decides: exponential, then polynomial degree, then logs.
  const top = expr.terms.reduce((a, b) =>
    a.exponential !== b.exponential ? (a.exponential ? a : b) : a.degree !== b.degree ? (a.degree > b.degree ? a : b) : a.logs >= b.logs ? a : b,
  );
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
    /\b(?:where|with|and|let)\s+([A-Za-z])\s+(?:is|=|being|means|represents|stands for)\s+(?:the\s+)?([^.,;\n]+)/g,
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
