import { COMPLEXITY_CLASSES, type CodingProblemMeta, type ComplexityClass } from '../problems/schema';

/*
 * Reads a complexity explanation written by a person ("Time O(n log n) for the sort; O(n) extra
 * space", "n squared", "linear in V + E") and maps each bound to one of the seven classes.
 *
 * Three layers, each pure:
 *   1. a small algebra of monomials (n^2·m log k, 2^n, n!), so O(n + n log n) and O(V·(V + E))
 *      simplify the way a person would simplify them;
 *   2. a recursive-descent parser for what sits inside O(…), plus a reader for spoken forms
 *      ("big O of n squared");
 *   3. a scanner that finds bounds in free text and decides from nearby words which one is the
 *      time claim, which is the space claim, and which are only about one step ("each lookup is O(1)")
 *      or about another approach ("the naive O(n²)").
 */

export type ProblemVariable = CodingProblemMeta['complexity']['variables'][number];

/** What a bound in the text is about, judged from the words around it. */
export type BoundLabel = 'time' | 'space' | 'both' | 'unlabelled' | 'per-operation' | 'alternative';

export type ParsedBound = {
  /** As written, e.g. "O(n*m)" or "n squared". */
  raw: string;
  /** Tidied, with constants and dominated terms dropped: "O(n·m)", "O(n^2)", "O(n log n)". */
  normalized: string;
  /** Variables as written, in order of first use, e.g. ["n", "m"]. */
  variables: string[];
  /**
   * The class after mapping every variable through how the problem grows it (grows 'n' scales like n,
   * grows '1' is a constant). A variable nobody defined is assumed to grow (and is listed in
   * unknownVariables). Undefined when the bound is not one of the seven classes (n^1.5, log² n, n^4)
   * or could not be read.
   */
  class: ComplexityClass | undefined;
  /** Variables neither declared by the problem nor defined in the text. */
  unknownVariables: string[];
  /** Offset of the bound in the text. */
  index: number;
  /** 'words' for "linear", "n squared", "big O of n". Θ and Ω are read like O. */
  notation: 'O' | 'o' | 'Θ' | 'Ω' | 'words';
  /** "amortized O(1)", "O(n) on average", "worst case O(n^2)". */
  qualifier?: 'average' | 'amortized' | 'worst' | 'best';
  label: BoundLabel;
};

export type ParsedClaim = {
  time?: ParsedBound;
  space?: ParsedBound;
  /** True when no bound was labelled as time and the first unlabelled one was taken as time. */
  timeWasUnlabelled: boolean;
  /** Variables the text defines itself: "where n is the number of tasks" gives { n: "number of tasks" }. */
  definedInText: Record<string, string>;
  /** Every bound found, in text order, with its label (the time and space ones included). */
  bounds: ParsedBound[];
  /** Parts that look like a claim but name no class we can read ("fast enough", "O(n^1.5)"), as written. */
  unread: string[];
};

export type ParseOptions = {
  /**
   * The problem's own wording of its bounds (timeText, spaceText): a word used there, such as "limit" in
   * "O(log n + limit)", counts as a known size when the user writes it too.
   */
  knownTexts?: string[];
};

/** Orders classes: negative when `a` grows more slowly than `b`. */
export function compareClasses(a: ComplexityClass, b: ComplexityClass): number {
  return COMPLEXITY_CLASSES.indexOf(a) - COMPLEXITY_CLASSES.indexOf(b);
}

// Long pasted essays are not explanations; capping keeps every scan below fast.
const MAX_TEXT = 20_000;
const MAX_BOUND_INSIDE = 120;

// ---------------------------------------------------------------------------------------------
// 1. Algebra
// ---------------------------------------------------------------------------------------------

type LogFactor = { vars: string[]; power: number };
/** c^e, x^e with a growing e, or x!: everything at least exponential. */
type ExpFactor = { exponentVars: string[]; baseVars: string[]; exponent?: Poly };
type Monomial = {
  powers: Map<string, number>;
  logs: Map<string, LogFactor>;
  exps: Map<string, ExpFactor>;
  /** Readable but outside the seven classes' shapes (log log n, n^k with a fixed k). */
  odd: boolean;
};
/** A sum of monomials; constant factors are never kept, because no class depends on them. */
type Poly = Monomial[];

const one = (): Monomial => ({ powers: new Map(), logs: new Map(), exps: new Map(), odd: false });
const constantPoly = (): Poly => [one()];
const variablePoly = (name: string): Poly => [{ ...one(), powers: new Map([[name, 1]]) }];
const markOdd = (p: Poly): Poly => p.map((m) => ({ ...m, odd: true }));

function varsOf(p: Poly): string[] {
  const seen = new Set<string>();
  for (const m of p) {
    for (const [v, k] of m.powers) if (k !== 0) seen.add(v);
    for (const l of m.logs.values()) l.vars.forEach((v) => seen.add(v));
    for (const e of m.exps.values()) [...e.baseVars, ...e.exponentVars].forEach((v) => seen.add(v));
  }
  return [...seen];
}

function multiplyMonomials(a: Monomial, b: Monomial): Monomial {
  const powers = new Map(a.powers);
  for (const [v, k] of b.powers) {
    const sum = (powers.get(v) ?? 0) + k;
    if (Math.abs(sum) < 1e-9) powers.delete(v);
    else powers.set(v, sum);
  }
  const logs = new Map(a.logs);
  for (const [key, l] of b.logs) {
    const sum = (logs.get(key)?.power ?? 0) + l.power;
    if (Math.abs(sum) < 1e-9) logs.delete(key);
    else logs.set(key, { vars: l.vars, power: sum });
  }
  // 2^n · 2^n is 4^n: still one exponential factor as far as the classes go.
  const exps = new Map([...a.exps, ...b.exps]);
  return { powers, logs, exps, odd: a.odd || b.odd };
}

function scaleMonomial(m: Monomial, k: number): Monomial {
  const powers = new Map([...m.powers].map(([v, p]) => [v, p * k] as const));
  const logs = new Map([...m.logs].map(([key, l]) => [key, { vars: l.vars, power: l.power * k }] as const));
  return { powers, logs, exps: m.exps, odd: m.odd || (k <= 0 && m.exps.size > 0) };
}

const add = (a: Poly, b: Poly): Poly => simplify([...a, ...b]);
const multiply = (a: Poly, b: Poly): Poly => simplify(a.flatMap((x) => b.map((y) => multiplyMonomials(x, y))));

function power(base: Poly, k: number): Poly {
  if (k === 0) return constantPoly();
  if (base.length > 1 && Number.isInteger(k) && k > 0 && k <= 6) {
    let result = base;
    for (let i = 1; i < k; i++) result = multiply(result, base);
    return result;
  }
  if (base.length === 1) return [scaleMonomial(base[0], k)];
  return markOdd(base.map((m) => scaleMonomial(m, k)));
}

function divide(a: Poly, b: Poly): Poly {
  if (varsOf(b).length === 0) return a;
  if (b.length === 1 && b[0].exps.size === 0) return multiply(a, power(b, -1));
  return markOdd(a);
}

/** Is `a` at least as large as `b` however the variables grow (so `b` can be dropped from a sum)? */
function dominates(a: Monomial, b: Monomial): boolean {
  if (a.odd || b.odd) return false;
  for (const key of b.exps.keys()) if (!a.exps.has(key)) return false;
  // An exponential in v outgrows any power or log of v.
  const absorbed = new Set<string>();
  for (const [key, e] of a.exps) if (!b.exps.has(key)) e.exponentVars.forEach((v) => absorbed.add(v));
  const pa = (v: string) => a.powers.get(v) ?? 0;
  const pb = (v: string) => b.powers.get(v) ?? 0;
  for (const v of new Set([...a.powers.keys(), ...b.powers.keys()])) if (!absorbed.has(v) && pa(v) < pb(v)) return false;
  for (const [key, lb] of b.logs) {
    if ((a.logs.get(key)?.power ?? 0) >= lb.power) continue;
    // A strictly higher power of every variable inside the log outgrows it: n beats log n.
    if (!lb.vars.every((v) => absorbed.has(v) || pa(v) > pb(v))) return false;
  }
  return true;
}

function simplify(p: Poly): Poly {
  const unique = new Map<string, Monomial>();
  for (const m of p) {
    const key = renderMonomial(m) + (m.odd ? '?' : '');
    if (!unique.has(key)) unique.set(key, m);
  }
  const terms = [...unique.values()];
  const kept = terms.filter((b, i) => !terms.some((a, j) => j !== i && dominates(a, b)));
  return kept.length > 0 ? kept : constantPoly();
}

function logarithm(arg: Poly): Poly {
  const vars = varsOf(arg);
  if (vars.length === 0) return constantPoly();
  if (arg.length > 1) {
    if (arg.some((m) => m.exps.size > 0 || m.odd)) return markOdd(constantPoly());
    return [{ ...one(), logs: new Map([[render(arg), { vars, power: 1 }]]) }];
  }
  const m = arg[0];
  let result: Poly = [];
  let odd = m.odd;
  // log(c^e) is e·log c, so the log of an exponential is its exponent.
  for (const e of m.exps.values()) {
    if (e.exponent && e.baseVars.length === 0) result = add(result, e.exponent);
    else odd = true;
  }
  const growing = [...m.powers].filter(([, k]) => k > 0).map(([v]) => v);
  if ([...m.powers.values()].some((k) => k < 0)) odd = true;
  if (growing.length > 0) {
    // log(n^2) is 2·log n and log(n·k) is log n + log k: only which variables matters.
    const key = growing.join('·');
    result = add(result, [{ ...one(), logs: new Map([[key, { vars: growing, power: 1 }]]) }]);
  } else if (m.logs.size > 0) {
    odd = true; // log log n is not one of the classes
  }
  if (result.length === 0) result = constantPoly();
  return odd ? markOdd(result) : result;
}

const wrap = (s: string) => (/[\s+·]/.test(s) ? `(${s})` : s);
const formatNumber = (k: number) => String(Math.round(k * 1000) / 1000);

function renderMonomial(m: Monomial): string {
  const vars = [...m.powers]
    .filter(([, k]) => k !== 0)
    .map(([v, k]) => (k === 1 ? v : k === 0.5 ? `√${wrap(v)}` : `${wrap(v)}^${formatNumber(k)}`))
    .join('·');
  const logs = [...m.logs].map(([key, l]) => {
    const arg = key.includes('·') || key.includes(' ') ? `(${key})` : ` ${key}`;
    return l.power === 1 ? `log${arg}` : `log^${formatNumber(l.power)}${arg}`;
  });
  const head = [vars, ...logs].filter(Boolean).join(' ');
  const exps = [...m.exps.keys()].join('·');
  return [head, exps].filter(Boolean).join('·') || '1';
}

const render = (p: Poly): string => p.map(renderMonomial).join(' + ');

type Growth = { exp: boolean; degree: number; logs: number };

/** The class of a simplified sum, given which variables grow with the input. */
function classOf(p: Poly, grows: (v: string) => boolean): ComplexityClass | undefined {
  let top: Growth = { exp: false, degree: 0, logs: 0 };
  for (const m of p) {
    if (m.odd) return undefined;
    let exp = false;
    for (const e of m.exps.values()) {
      if (e.exponentVars.some(grows)) exp = true;
      else if (e.baseVars.some(grows)) return undefined; // n^k with a fixed k: a polynomial of unknown degree
    }
    let degree = 0;
    for (const [v, k] of m.powers) if (grows(v)) degree += k;
    let logs = 0;
    for (const l of m.logs.values()) if (l.vars.some(grows)) logs += l.power;
    const g = { exp, degree, logs };
    const bigger = g.exp !== top.exp ? g.exp : Math.abs(g.degree - top.degree) > 1e-9 ? g.degree > top.degree : g.logs > top.logs;
    if (bigger) top = g;
  }
  if (top.exp) return 'O(2^n)';
  const is = (x: number, y: number) => Math.abs(x - y) < 1e-9;
  if (is(top.degree, 0)) return is(top.logs, 0) ? 'O(1)' : is(top.logs, 1) ? 'O(log n)' : undefined;
  if (is(top.degree, 1)) return is(top.logs, 0) ? 'O(n)' : is(top.logs, 1) ? 'O(n log n)' : undefined;
  if (is(top.logs, 0) && is(top.degree, 2)) return 'O(n^2)';
  if (is(top.logs, 0) && is(top.degree, 3)) return 'O(n^3)';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// 2. Variables and the expression parser
// ---------------------------------------------------------------------------------------------

const STOP_WORDS = new Set(['the', 'of', 'a', 'an', 'number', 'count', 'size', 'length', 'total', 'in', 'on', 'per', 'to', 'and', 'or', 'how', 'many', 'all', 'each', 'for', 'with', 'by', 'at', 'its', 'their']);
const SMALL_WORDS = new Set(['of', 'the', 'in', 'per', 'to', 'and', 'or', 'a', 'an', 'on', 'at', 'by', 'for', 'with']);
const FUNCTIONS = new Set(['log', 'lg', 'ln', 'sqrt', 'max', 'min']);

const singular = (w: string) => w.replace(/ies$/, 'y').replace(/(?<=(?:[sxz]|ch|sh))es$/, '').replace(/(?<!s)s$/, '');
const contentWords = (s: string) =>
  (s.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => !STOP_WORDS.has(w)).map(singular);

/** A fixed bound written in words: "k is constant", "the alphabet size, at most 26". */
const FIXED_SIZE = /\b(constant|fixed|bounded|at most \d+|small|26)\b/i;

type Resolved = { grows: boolean; known: boolean };

/** Knows the problem's variables, the ones the text defines, and the problem's own wording. */
class Scope {
  private readonly declared = new Map<string, ProblemVariable>();
  private readonly knownWords: Set<string>;

  constructor(
    variables: readonly ProblemVariable[],
    readonly defined: Record<string, string>,
    knownTexts: readonly string[],
  ) {
    for (const v of variables) if (v && typeof v.name === 'string') this.declared.set(v.name, v);
    this.knownWords = new Set(knownTexts.flatMap(contentWords).filter((w) => w.length >= 3 && !FUNCTIONS.has(w)));
  }

  private declaredLetter(letter: string): ProblemVariable | undefined {
    const exact = this.declared.get(letter);
    if (exact) return exact;
    // O(N) for a problem in n reads as n; only when the other case is not a variable of its own.
    return this.declared.get(otherCase(letter));
  }

  private definedLetter(letter: string): string | undefined {
    if (Object.hasOwn(this.defined, letter)) return this.defined[letter];
    const other = otherCase(letter);
    return Object.hasOwn(this.defined, other) ? this.defined[other] : undefined;
  }

  isKnownLetter(letter: string): boolean {
    return this.declaredLetter(letter) !== undefined || this.definedLetter(letter) !== undefined;
  }

  resolveLetter(letter: string): Resolved {
    const declared = this.declaredLetter(letter);
    if (declared) return { grows: declared.grows !== '1', known: true };
    const defined = this.definedLetter(letter);
    if (defined !== undefined) return { grows: !FIXED_SIZE.test(defined), known: true };
    return { grows: true, known: false };
  }

  /** "limit", "users", "live keys": matched against the words of the variables' meanings. */
  resolveWords(phrase: string): Resolved {
    const words = contentWords(phrase);
    if (words.length === 0) return { grows: true, known: false };
    const candidates: [string, boolean][] = [
      ...[...this.declared.values()].map((v): [string, boolean] => [v.meaning, v.grows !== '1']),
      ...Object.values(this.defined).map((d): [string, boolean] => [d, !FIXED_SIZE.test(d)]),
    ];
    let best = { score: 0, grows: true, tie: false };
    for (const [meaning, grows] of candidates) {
      const own = new Set(contentWords(meaning));
      const score = words.filter((w) => own.has(w)).length;
      if (score > best.score) best = { score, grows, tie: false };
      else if (score === best.score && score > 0 && grows !== best.grows) best.tie = true;
    }
    if (best.score > 0 && !best.tie) return { grows: best.grows, known: true };
    if (words.every((w) => this.knownWords.has(w))) return { grows: true, known: true };
    return { grows: true, known: false };
  }
}

const otherCase = (letter: string) => (letter === letter.toLowerCase() ? letter.toUpperCase() : letter.toLowerCase());

type Token = { type: 'num'; value: number } | { type: 'var'; name: string } | { type: 'fn'; name: string } | { type: 'op'; op: string };

const SUPERSCRIPTS: Record<string, string> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9',
  'ⁿ': 'n', 'ᵏ': 'k', 'ᵐ': 'm', 'ˣ': 'x', 'ᵛ': 'v', 'ᴺ': 'N', 'ᵉ': 'e', '⁺': '+', '⁻': '-', '⁽': '(', '⁾': ')',
};
const SUPERSCRIPT_RUN = new RegExp(`[${Object.keys(SUPERSCRIPTS).join('')}]+`, 'g');

/** Puts the many ways of typing maths into one spelling before tokenising. */
function preprocess(source: string, scope: Scope): string {
  let s = source.replace(SUPERSCRIPT_RUN, (run) => `^(${[...run].map((c) => SUPERSCRIPTS[c]).join('')})`);
  s = s
    .replace(/[₀-₉]/g, '')
    .replace(/\*\*/g, '^')
    .replace(/[·×⋅∙•∗]/g, '*')
    .replace(/[−–—]/g, '-')
    .replace(/[[{]/g, '(')
    .replace(/[\]}]/g, ')')
    .replace(/[|]/g, ' ') // |V| + |E|
    .replace(/√/g, ' sqrt ')
    .replace(/(\d),(?=\d{3}\b)/g, '$1') // 100,000
    .replace(/\blog(?:arithm)?\s+base\s+\w+\s+(?:of\s+)?/gi, 'log ')
    .replace(/\blog\s+of\s+/gi, 'log ')
    // log2 n, log_2(n), log10 n, log 2 n: the base is a constant factor.
    .replace(/\blog\s*_\s*\{?\s*(?:2|10|e)\s*\}?(?!\w)/gi, 'log ')
    .replace(/\blog(?:2|10)(?=\s*[A-Za-z(])/gi, 'log ')
    .replace(/\blog\s+(?:2|10)\s+(?=[A-Za-z(])/gi, 'log ')
    // "2n" is one operand, so "log 2n" is log(2n), not log(2)·n.
    .replace(/(?<![\w.])(\d+)([A-Za-z]+)\b/g, '($1$2)');
  // "n x m": an x between two operands is a times sign unless x is a size.
  if (!scope.isKnownLetter('x')) s = s.replace(/(?<=[\w)])\s+[xX]\s+(?=[\w(])/g, ' * ');
  return s;
}

/** Splits a run of letters: "nlogn" is n·log n and "nm" is n·m, but "limit" and "users" are words. */
function splitRun(run: string, scope: Scope): Token[] {
  const lower = run.toLowerCase();
  if (FUNCTIONS.has(lower)) return [{ type: 'fn', name: lower === 'lg' || lower === 'ln' ? 'log' : lower }];
  if (run.length === 1 || SMALL_WORDS.has(lower) || scope.resolveWords(run).known) return [{ type: 'var', name: run }];
  const pieces = run.match(/log|lg|ln|sqrt|[A-Za-z]/gi) ?? [];
  const letters = pieces.filter((p) => p.length === 1);
  const hasFunction = pieces.some((p) => p.length > 1);
  if (letters.every((l) => scope.isKnownLetter(l)) || run.length <= 2 || (hasFunction && letters.length <= 3)) {
    return pieces.map((p): Token => (p.length > 1 ? { type: 'fn', name: p.toLowerCase() === 'sqrt' ? 'sqrt' : 'log' } : { type: 'var', name: p }));
  }
  return [{ type: 'var', name: run }];
}

function tokenize(source: string, scope: Scope): Token[] | undefined {
  const tokens: Token[] = [];
  // Words next to words form one phrase ("live keys", "number of items"); a phrase is one size.
  let phrase: string[] = [];
  const flushPhrase = () => {
    if (phrase.length > 0) tokens.push({ type: 'var', name: phrase.join(' ') });
    phrase = [];
  };
  const re = /\s+|(\d+(?:\.\d+)?(?:e\d+)?)|([A-Za-z_]+)|([-+*/^(),!])/y;
  let lastEnd = 0;
  while (re.lastIndex < source.length) {
    const start = re.lastIndex;
    const m = re.exec(source);
    if (!m) return undefined;
    if (m[1] !== undefined) {
      flushPhrase();
      const previous = tokens[tokens.length - 1];
      // "n2" typed for n²: a number glued to a one-letter size is a power.
      if (previous?.type === 'var' && previous.name.length === 1 && start === lastEnd) tokens.push({ type: 'op', op: '^' });
      tokens.push({ type: 'num', value: Number(m[1]) });
    } else if (m[2] !== undefined) {
      const pieces = splitRun(m[2], scope);
      if (pieces.length === 1 && pieces[0].type === 'var' && pieces[0].name.length > 1) phrase.push(m[2]);
      else {
        flushPhrase();
        tokens.push(...pieces);
      }
    } else if (m[3] !== undefined) {
      flushPhrase();
      tokens.push({ type: 'op', op: m[3] });
    }
    if (m[0].trim()) lastEnd = re.lastIndex;
  }
  flushPhrase();
  // A lone small word ("of", "a") is noise between sizes, not a size.
  return tokens.filter((t) => !(t.type === 'var' && SMALL_WORDS.has(t.name.toLowerCase()) && !scope.isKnownLetter(t.name)));
}

type Operand = { poly: Poly; value?: number };
type Expression = { poly: Poly; variables: string[]; unknown: string[]; growth: Map<string, boolean> };

class ParseFailure extends Error {
  override name = 'ParseFailure';
}

/** Parses the inside of O(…) into a simplified sum; undefined if it is not an expression. */
function parseExpression(source: string, scope: Scope): Expression | undefined {
  const maybeTokens = tokenize(preprocess(source, scope), scope);
  if (!maybeTokens || maybeTokens.length === 0) return undefined;
  const tokens: Token[] = maybeTokens;
  const variables: string[] = [];
  const unknown: string[] = [];
  const growth = new Map<string, boolean>();
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isOp = (t: Token | undefined, op: string) => t?.type === 'op' && t.op === op;
  const startsOperand = (t: Token | undefined) => t !== undefined && (t.type !== 'op' || t.op === '(');
  const combine = (a: Operand, b: Operand, poly: Poly, f: (x: number, y: number) => number): Operand =>
    a.value !== undefined && b.value !== undefined ? { poly, value: f(a.value, b.value) } : { poly };

  function sum(): Operand {
    let acc = product();
    while (isOp(peek(), '+') || isOp(peek(), '-') || isOp(peek(), ',')) {
      const minus = isOp(peek(), '-');
      pos++;
      const next = product();
      acc = combine(acc, next, add(acc.poly, next.poly), (x, y) => (minus ? x - y : x + y));
    }
    return acc;
  }
  function product(): Operand {
    let acc = unary();
    for (;;) {
      const t = peek();
      if (isOp(t, '/')) {
        pos++;
        const next = unary();
        acc = combine(acc, next, divide(acc.poly, next.poly), (x, y) => x / y);
      } else if (isOp(t, '*') || startsOperand(t)) {
        // A missing operator is a product: "n log n", "2n", "n(n - 1)".
        if (isOp(t, '*')) pos++;
        const next = unary();
        acc = combine(acc, next, multiply(acc.poly, next.poly), (x, y) => x * y);
      } else return acc;
    }
  }
  function unary(): Operand {
    while (isOp(peek(), '-') || isOp(peek(), '+')) pos++;
    const base = postfix();
    if (!isOp(peek(), '^')) return base;
    pos++;
    return raise(base, unary());
  }
  function postfix(): Operand {
    let a = atom();
    while (isOp(peek(), '!')) {
      pos++;
      const vars = varsOf(a.poly);
      a = vars.length === 0 ? { poly: constantPoly() } : { poly: [{ ...one(), exps: new Map([[`${wrap(render(a.poly))}!`, { exponentVars: vars, baseVars: [] }]]) }] };
    }
    return a;
  }
  function raise(base: Operand, exponent: Operand): Operand {
    const exponentVars = varsOf(exponent.poly);
    if (exponentVars.length === 0) {
      const k = exponent.value;
      if (k === undefined || !Number.isFinite(k)) return { poly: markOdd(base.poly) };
      if (base.value !== undefined) return { poly: constantPoly(), value: base.value ** k };
      return { poly: power(base.poly, k) };
    }
    const baseVars = varsOf(base.poly);
    if (baseVars.length === 0 && base.value !== undefined && base.value <= 1) return { poly: constantPoly() };
    const baseText = baseVars.length === 0 ? formatNumber(base.value ?? 2) : wrap(render(base.poly));
    const key = `${baseText}^${wrap(render(exponent.poly))}`;
    return { poly: [{ ...one(), exps: new Map([[key, { exponentVars, baseVars, exponent: exponent.poly }]]) }] };
  }
  function atom(): Operand {
    const t = tokens[pos++];
    if (t === undefined) throw new ParseFailure('unexpected end');
    if (t.type === 'num') return { poly: constantPoly(), value: t.value };
    if (t.type === 'var') {
      if (!growth.has(t.name)) {
        const r = t.name.length === 1 ? scope.resolveLetter(t.name) : scope.resolveWords(t.name);
        growth.set(t.name, r.grows);
        variables.push(t.name);
        if (!r.known) unknown.push(t.name);
      }
      return { poly: variablePoly(t.name) };
    }
    if (t.type === 'fn') {
      // log^2 n is (log n)^2.
      let exponent = 1;
      const next = tokens[pos + 1];
      if (t.name === 'log' && isOp(peek(), '^') && next?.type === 'num') {
        exponent = next.value;
        pos += 2;
      }
      const arg = unary();
      if (t.name === 'log') return { poly: power(logarithm(arg.poly), exponent) };
      if (t.name === 'sqrt') return { poly: power(arg.poly, 0.5) };
      // max(a, b) grows like a + b; min(a, b) depends on which is smaller, which we can't tell.
      return { poly: t.name === 'max' ? arg.poly : markOdd(arg.poly) };
    }
    if (t.op === '(') {
      const inside = sum();
      if (isOp(peek(), ')')) pos++;
      return inside;
    }
    throw new ParseFailure(`unexpected ${t.op}`);
  }

  try {
    const result = sum();
    // Stray closing brackets are typos; anything else left over means we misread the bound.
    if (tokens.slice(pos).some((t) => !isOp(t, ')'))) return undefined;
    return { poly: simplify(result.poly), variables, unknown, growth };
  } catch (error) {
    if (error instanceof ParseFailure) return undefined;
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Finding bounds in text
// ---------------------------------------------------------------------------------------------

type Found = { bound: ParsedBound; end: number };

function makeBound(raw: string, index: number, notation: ParsedBound['notation'], inner: string, scope: Scope): ParsedBound {
  const expr = parseExpression(inner, scope);
  if (!expr) {
    return { raw, normalized: `O(${inner.trim().replace(/\s+/g, ' ')})`, variables: [], class: undefined, unknownVariables: [], index, notation, label: 'unlabelled' };
  }
  return {
    raw,
    normalized: `O(${render(expr.poly)})`,
    variables: expr.variables,
    class: classOf(expr.poly, (v) => expr.growth.get(v) ?? true),
    unknownVariables: expr.unknown,
    index,
    notation,
    label: 'unlabelled',
  };
}

const OPENER = /(?:\b[Bb]ig[\s-]*|(?<![A-Za-z0-9_]))([OoΘθΩω]|theta|Theta|THETA|omega|Omega|OMEGA)\s*\(|(?<![\w.,])(0)\s*\(/g;

/** The text between a "(" at `open` and its matching ")", or undefined if it never closes nearby. */
function balancedInside(text: string, open: number): string | undefined {
  let depth = 0;
  for (let i = open; i < text.length && i - open <= MAX_BOUND_INSIDE; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  return undefined;
}

function notationOf(symbol: string): ParsedBound['notation'] {
  if (/^(Θ|θ|theta)$/i.test(symbol)) return 'Θ';
  if (/^(Ω|ω|omega)$/i.test(symbol)) return 'Ω';
  return symbol === 'o' || symbol === '0' ? 'o' : 'O';
}

/** O(…), o(…), Θ(…), Ω(…), theta(…), big-O(…), and a zero typed for the O; O(n) + O(n log n) becomes one bound. */
function findSymbolicBounds(text: string, scope: Scope): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(OPENER)) {
    const index = m.index;
    if (found.some((f) => index < f.end)) continue;
    const open = index + m[0].length - 1;
    const inner = balancedInside(text, open);
    if (inner === undefined || inner.trim() === '') continue;
    // "0(" is only an O typed as a zero when what follows reads like a bound.
    if (m[2] === '0' && !/[A-Za-z]|^\s*1\s*$/.test(inner)) continue;
    let end = open + inner.length + 2;
    const inners = [inner];
    for (;;) {
      const more = /^\s*\+\s*(?:big[\s-]*)?[OΘθ]\s*\(/.exec(text.slice(end));
      if (!more) break;
      const next = balancedInside(text, end + more[0].length - 1);
      if (next === undefined) break;
      inners.push(next);
      end += more[0].length + next.length + 1;
    }
    const notation = notationOf(m[1] ?? m[2] ?? 'O');
    found.push({ bound: makeBound(text.slice(index, end), index, notation, inners.join(' + '), scope), end });
  }
  return found;
}

/** Spoken tokens and their symbols: [pattern, symbols, is an operator]. */
const SPOKEN_TOKENS: [RegExp, (m: RegExpExecArray) => string, boolean][] = [
  [/^\s+/, () => ' ', false],
  [/^(?:to the power of|to the power|to the)\b/i, () => '^', true],
  [/^-?\s*squared\b/i, () => '^2', true],
  [/^-?\s*cubed\b/i, () => '^3', true],
  [/^(?:times|multiplied by)\b/i, () => '*', true],
  [/^plus\b/i, () => '+', true],
  [/^minus\b/i, () => '-', true],
  [/^(?:over|divided by)\b/i, () => '/', true],
  [/^(?:log(?:arithm)?(?:\s+base\s+\d+)?(?:\s+of)?|lg|ln)\b/i, () => ' log ', true],
  [/^log(?=[A-Za-z]\b)/i, () => ' log ', true],
  [/^[²³ⁿ]/, (m) => `^${SUPERSCRIPTS[m[0]]}`, true],
  [/^(?:\^|\*\*)/, () => '^', true],
  [/^[*+·×/]/, (m) => m[0], true],
  [/^\d+(?:\.\d+)?/, (m) => m[0], false],
  [/^[()]/, (m) => m[0], false],
];
const WORD_NUMBERS: [RegExp, (m: RegExpExecArray) => string, boolean][] = [
  [/^one\b/i, () => '1', false],
  [/^two\b/i, () => '2', false],
  [/^three\b/i, () => '3', false],
];

/**
 * Reads a spoken or bare bound starting at `start` ("n log n", "n squared", "V plus E", "2^n") and
 * returns its symbols and where it ends. `letterOk` says which single letters may be sizes.
 */
function readSpoken(
  text: string,
  start: number,
  letterOk: (l: string) => boolean,
  needOperator: boolean,
  wordNumbers: boolean,
): { inner: string; end: number } | undefined {
  const tokenTable = wordNumbers ? [...WORD_NUMBERS, ...SPOKEN_TOKENS] : SPOKEN_TOKENS;
  const parts: { symbols: string; end: number; operator: boolean }[] = [];
  let i = start;
  while (i < text.length && i - start < 80) {
    const rest = text.slice(i, i + 40);
    const letter = /^[A-Za-z](?![A-Za-z])/.exec(rest);
    if (letter && letterOk(letter[0])) {
      parts.push({ symbols: letter[0], end: i + 1, operator: false });
      i += 1;
      continue;
    }
    let matched = false;
    for (const [re, toSymbols, operator] of tokenTable) {
      const m = re.exec(rest);
      if (!m || m[0].length === 0) continue;
      parts.push({ symbols: toSymbols(m), end: i + m[0].length, operator });
      i += m[0].length;
      matched = true;
      break;
    }
    if (!matched) break;
  }
  // The longest prefix that ends on an operand (or a ^2) and parses is the bound.
  for (let k = parts.length; k > 0; k--) {
    const last = parts[k - 1];
    if (last.symbols.trim() === '' || (last.operator && !/^\^\w/.test(last.symbols))) continue;
    const used = parts.slice(0, k);
    if (needOperator && !used.some((p) => p.operator)) continue;
    const inner = used.map((p) => p.symbols).join('');
    if ((inner.match(/\(/g) ?? []).length !== (inner.match(/\)/g) ?? []).length) continue;
    return { inner, end: last.end };
  }
  return undefined;
}

// "Time: n^2", "space: 1", "time is n": a label with a bare bound after it.
const LABELLED_BARE = /\b(?:time|runtime|space|memory)(?:\s+complexity)?\s*(?:is|:|=|-)\s*/gi;
const SPOKEN_TRIGGER = /(?<![A-Za-z])(?:(?:big[\s-]*)?(o|oh|theta|omega)\s+of\s+|order(?:\s+of)?\s+(?=[A-Za-z\d]))/gi;
const BARE_START =
  /(?<![\w^.])(?:(?:log|lg|ln)\s*\(?\s*[A-Za-z](?![A-Za-z])|[A-Za-z](?=\s*(?:log|lg)\b|[\s-]*(?:squared|cubed|times)\b|\s*(?:\^|\*\*)\s*[\w(]|[²³ⁿ])|\d+(?=\s*(?:\^|\*\*)\s*[A-Za-z](?![A-Za-z])|ⁿ))/g;

/** "big O of n", "order n squared", "time: n^2", and bare "n log n", "n squared", "2ⁿ" outside any O(…). */
function findSpokenBounds(text: string, scope: Scope): Found[] {
  const found: Found[] = [];
  const sizeLetter = (l: string) => scope.isKnownLetter(l) || l === 'n' || l === 'N';
  const anyLetter = (l: string) => !['a', 'A', 'I'].includes(l) || scope.isKnownLetter(l);
  const inside = (at: number) => found.some((f) => at >= f.bound.index && at < f.end);
  for (const m of text.matchAll(SPOKEN_TRIGGER)) {
    const isOrder = m[1] === undefined;
    const read = readSpoken(text, m.index + m[0].length, isOrder ? sizeLetter : anyLetter, false, true);
    if (!read) continue;
    const notation = m[1] && /^theta$/i.test(m[1]) ? 'Θ' : m[1] && /^omega$/i.test(m[1]) ? 'Ω' : 'words';
    found.push({ bound: makeBound(text.slice(m.index, read.end), m.index, notation, read.inner, scope), end: read.end });
  }
  for (const m of text.matchAll(LABELLED_BARE)) {
    const start = m.index + m[0].length;
    if (inside(start)) continue;
    const read = readSpoken(text, start, sizeLetter, false, false);
    if (!read) continue;
    found.push({ bound: makeBound(text.slice(start, read.end), start, 'words', read.inner, scope), end: read.end });
  }
  for (const m of text.matchAll(BARE_START)) {
    if (inside(m.index)) continue;
    const first = /[A-Za-z]/.exec(m[0]);
    if (first && !/^(log|lg|ln)/i.test(m[0]) && !sizeLetter(first[0])) continue;
    const read = readSpoken(text, m.index, sizeLetter, true, false);
    if (!read) continue;
    found.push({ bound: makeBound(text.slice(m.index, read.end), m.index, 'words', read.inner, scope), end: read.end });
  }
  return found;
}

const WORD_CLASSES: [RegExp, ComplexityClass | undefined, string][] = [
  [/^(?:linearithmic|log[\s-]?linear|quasi[\s-]?linear)/i, 'O(n log n)', 'O(n log n)'],
  [/^constant/i, 'O(1)', 'O(1)'],
  [/^logarithmic/i, 'O(log n)', 'O(log n)'],
  [/^linear/i, 'O(n)', 'O(n)'],
  [/^quadratic/i, 'O(n^2)', 'O(n^2)'],
  [/^cubic/i, 'O(n^3)', 'O(n^3)'],
  [/^(?:exponential|factorial)/i, 'O(2^n)', 'O(2^n)'],
  [/^polynomial/i, undefined, 'polynomial'],
];
const CLASS_WORD = /(?<![\w-])(linearithmic|log[\s-]?linear|quasi[\s-]?linear|constant|logarithmic|linear|quadratic|cubic|exponential|factorial|polynomial)(ly)?(?![\w-])/gi;
// Nouns after which the word names a technique or a maths topic, not a cost.
const NOT_A_CLAIM_AFTER = /^\s+(?:search|scan|probe|probing|regression|algebra|programming|factors?|backoff|interpolation|model|combination|equation|function|relationship)\b/i;

/** "constant", "linear", "quadratic", "exponential" and friends. */
function findWordBounds(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(CLASS_WORD)) {
    const word = m[1];
    const index = m.index;
    const end = index + m[0].length;
    const after = text.slice(end, end + 40);
    if (NOT_A_CLAIM_AFTER.test(after)) continue;
    if (/^constant$/i.test(word)) {
      if (m[2]) continue; // "constantly"
      if (/^\s*(?:s\b|factors?\b|multiple|overhead)/i.test(after)) continue;
      // "a constant" alone is a noun; "a constant amount of memory" is a claim.
      if (/\ba\s+$/i.test(text.slice(Math.max(0, index - 3), index)) && !/^[\s-]*(?:amount|number|time|space|memory|extra|work|size|bound)/i.test(after)) continue;
      // "k is constant", "the alphabet is constant": a size described, not a cost claimed.
      if (/(?:(?<![A-Za-z])[A-Za-z]|alphabet(?: size)?|charset)\s+(?:is|are|stays|remains|being)\s+(?:a\s+)?$/i.test(text.slice(Math.max(0, index - 30), index))) continue;
    }
    const [, cls, normalized] = WORD_CLASSES.find(([re]) => re.test(word)) ?? [undefined, undefined, word];
    found.push({
      bound: { raw: m[0], normalized, variables: [], class: cls, unknownVariables: [], index, notation: 'words', label: 'unlabelled' },
      end,
    });
  }
  return found;
}

/** "no extra memory", "nothing extra stored", "in place", "without extra space": a claim of O(1) space. */
const NO_EXTRA_SPACE =
  /\b(?:no|without(?: any)?|zero)\s+(?:extra|additional|auxiliary|aux)\s+(?:memory|space|storage|data structures?|arrays?)\b|\bnothing\s+extra(?:\s+(?:is\s+)?(?:stored|kept|allocated))?\b|\bin[\s-]place\b|\bno\s+(?:extra\s+)?(?:memory|space|storage)\s+(?:beyond|besides|apart from|other than)\b/gi;
/** "n space", "n memory", "k extra space": a bare size with a space word after it. */
const BARE_SPACE = /(?<![\w^.(])([A-Za-z])\s+(?:extra\s+|additional\s+|auxiliary\s+)?(space|memory|storage)\b/g;

function findSpaceWords(text: string, scope: Scope): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(NO_EXTRA_SPACE)) {
    found.push({ bound: { raw: m[0], normalized: 'O(1)', variables: [], class: 'O(1)', unknownVariables: [], index: m.index, notation: 'words', label: 'space' }, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(BARE_SPACE)) {
    const letter = m[1];
    if (['a', 'A', 'I', 'O', 'o'].includes(letter) || !(scope.isKnownLetter(letter) || letter === 'n' || letter === 'N')) continue;
    const bound = makeBound(m[0], m.index, 'words', letter, scope);
    bound.label = 'space';
    found.push({ bound, end: m.index + m[0].length });
  }
  return found;
}

/** Adjectives people use instead of a class. */
const VAGUE = /\b(?:(?:very|really|pretty|quite|super|reasonably)\s+)?(?:fast|quick|efficient|optimal|optimized|optimised|slow|scalable|cheap|expensive|instant|good|fine|small|big|large|reasonable|acceptable|performant)(?:\s+enough)?\b/i;

/** Sentences that say something about cost without a bound we could read, and bounds outside the seven classes. */
function findUnread(text: string, bounds: ParsedBound[]): string[] {
  const unread: string[] = [];
  for (const b of bounds) if (!b.class && b.label !== 'alternative') unread.push(b.raw);
  const sentences = text.split(/(?<=[.!?;\n])\s+/);
  let offset = 0;
  for (const sentence of sentences) {
    const start = text.indexOf(sentence, offset);
    offset = start + sentence.length;
    const hasBound = bounds.some((b) => b.index >= start && b.index < start + sentence.length);
    const vague = VAGUE.exec(sentence);
    if (!hasBound && vague) unread.push(vague[0]);
  }
  return [...new Set(unread)];
}

// ---------------------------------------------------------------------------------------------
// Variables defined in the text
// ---------------------------------------------------------------------------------------------

// A description runs to the end of its clause, or to the next definition or label ("and m is …", "and space is …").
const DESCRIPTION_END = String.raw`\s+(?:and|while|but|so)\s+(?:[A-Za-z]\b\s*(?:is|=|:|the\b)|(?:the\s+)?(?:time|space|memory|runtime)\b)`;
const DESCRIPTION_REST = String.raw`(?:(?!${DESCRIPTION_END})[^.;\n,)])*`;
const DESCRIPTION = String.raw`([A-Za-z#]${DESCRIPTION_REST})`;
const SIZE_WORD = String.raw`(?:number|count|size|length|amount|total|#|how many|distinct|unique)\b`;
const DEFINITIONS: RegExp[] = [
  // where n is the number of tasks / let k be distinct characters / with m = received units
  new RegExp(String.raw`\b(?:where|with|let|here|assuming|and)\s+([A-Za-z])\b\s*(?:is|=|:|be|being|means|represents|stands for|denotes|equals|counts)\s+(?:the\s+)?${DESCRIPTION}`, 'g'),
  // n = number of tasks, k: distinct, n := len(items)
  new RegExp(String.raw`(?:^|[\s(,;])([A-Za-z])\b\s*(?:=|:=|:|≡)\s*(?:the\s+)?${DESCRIPTION}`, 'g'),
  // n is the number of tasks (a size word keeps "a is …" and "I is …" out)
  new RegExp(String.raw`(?:^|[\s(,;])([A-Za-z])\s+(?:is|being|represents|denotes|means|stands for|counts)\s+(?:the\s+|a\s+)?(${SIZE_WORD}${DESCRIPTION_REST})`, 'g'),
  // and m the number of dependencies
  new RegExp(String.raw`\b(?:and|,)\s+([A-Za-z])\s+(?:the\s+)(${SIZE_WORD}${DESCRIPTION_REST})`, 'g'),
  // n (the number of tasks)
  new RegExp(String.raw`(?<![A-Za-z])([A-NP-Za-np-z])\s*\(\s*(?:=\s*)?(?:the\s+)?(${SIZE_WORD}[^)]*)\)`, 'g'),
];
// where V and E are the numbers of tasks and dependencies
const PAIR_DEFINITION = /\b([A-Za-z])\b\s*(?:,|and|&)\s*([A-Za-z])\s+(?:are|=|being|represent|denote)\s+(?:the\s+)?([A-Za-z#][^.;\n)]*)/g;
// for n items, over n tasks
const COUNTED_NOUN = /\b(?:for|with|over|of|across|among|on)\s+([A-Za-z])\s+([a-z]{3,}s)\b/g;
const NOT_A_NOUN = /^(?:steps|operations|ops|times|iterations|passes|loops|calls|comparisons|lookups|seconds|ms|bytes)$/i;

/** "where n is the number of tasks", "n = number of tasks", "k = distinct", "V and E are …". */
function findDefinitions(text: string): Record<string, string> {
  const defined: Record<string, string> = {};
  const define = (letter: string, description: string) => {
    const d = description.trim();
    // "n = 10^5" is a scale sentence, not a definition.
    if (d === '' || /^(?:\d|[Oo]\s*\()/.test(d)) return;
    if (!Object.hasOwn(defined, letter)) defined[letter] = d;
  };
  for (const m of text.matchAll(PAIR_DEFINITION)) {
    define(m[1], m[3]);
    define(m[2], m[3]);
  }
  for (const re of DEFINITIONS) {
    for (const m of text.matchAll(re)) {
      // Single-letter English words only define a size with "=" or ":".
      if (['a', 'A', 'I'].includes(m[1]) && !/[=:]/.test(m[0])) continue;
      define(m[1], m[2]);
    }
  }
  for (const m of text.matchAll(COUNTED_NOUN)) {
    if (['a', 'A', 'I', 'O', 'o'].includes(m[1]) || NOT_A_NOUN.test(m[2])) continue;
    define(m[1], m[2]);
  }
  return defined;
}

// ---------------------------------------------------------------------------------------------
// Labels: time, space, one step, another approach
// ---------------------------------------------------------------------------------------------

type LabelWord = { kind: 'time' | 'space' | 'both'; index: number; end: number };

const LABEL_WORDS =
  /\b(?:(time\s*(?:and|&|\/)\s*(?:space|memory)|(?:space|memory)\s*(?:and|&|\/)\s*time)|(run[\s-]*time|running time|runs?\s+in|runs?|time|speed|cpu)|(space|memory|storage|ram|auxiliary|aux))\b/gi;
// "each time we see an item" is not about running time.
const NOT_TIME_BEFORE = /\b(?:each|every|at a|same|first|one|any|this|last|next|some|many|long|real|a)\s+$/i;

function findLabelWords(text: string): LabelWord[] {
  const words: LabelWord[] = [];
  for (const m of text.matchAll(LABEL_WORDS)) {
    const kind = m[1] ? 'both' : m[2] ? 'time' : 'space';
    if (kind === 'time' && /^time$/i.test(m[0]) && NOT_TIME_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    words.push({ kind, index: m.index, end: m.index + m[0].length });
  }
  return words;
}

const QUALIFIERS = String.raw`(?:amortized|amortised|on average|average|in the average case|average[\s-]case|expected|in the worst case|worst[\s-]case|overall|total|in total)`;
// No comma allowed before the label: in "Time O(n), space O(1)" the "space" belongs to the next bound.
const SUFFIX_LABEL = new RegExp(
  String.raw`^\)?\s*(?:${QUALIFIERS}\s*)*(?:(?:of|in|for)\s+(?:both\s+)?)?(?:(?:extra|additional|auxiliary|aux)\s+)?(time\s*(?:and|&|\/)\s*(?:space|memory)|(?:space|memory)\s*(?:and|&|\/)\s*time|time|runtime|run[\s-]*time|work|steps|operations|comparisons|iterations|space|memory|storage|extra|additional|auxiliary)\b`,
  'i',
);
// A weaker hint after a bound: "O(n) for the Set" is about memory.
const SUFFIX_SPACE_HINT = /^\)?\s*(?:for|to hold|to store|in)\s+(?:the|a|an|our)?\s*(?:set|map|hash\w*|stack|queue|array|copy|list|dictionary|table|visited|counts?|heap|buffer|cache|memo)\b/i;
const QUALIFIER_BEFORE = /\b(amortized|amortised|average|expected|worst[\s-]case|best[\s-]case)(?:\s+case)?(?:\s+of)?\s*$/i;
const QUALIFIER_AFTER = /^\s*(?:time\s+|space\s+)?(?:,\s*)?(amortized|amortised|on average|average|expected|in the worst case|worst[\s-]case|in the average case|best[\s-]case)/i;

const STEP_WORDS = String.raw`(?:look-?ups?|inserts?|insertions?|deletes?|deletions?|reads?|writes?|access(?:es)?|checks?|membership|push(?:es)?|pops?|gets?|puts?|has|adds?|includes|indexOf|splice|shift|unshift|call|enqueue|dequeue|removes?|visits?)`;
const PER_STEP_BEFORE = new RegExp(
  String.raw`(?:\b${STEP_WORDS}\b(?:\s+[\w()]+){0,3}?\s+(?:is|are|takes?|costs?|runs? in|=)|\b${STEP_WORDS}\s+(?:in|do|does)|\beach\b[^.;,]{0,40}?\b(?:is|are|takes?|costs?|do|does))\s*(?:only\s+|just\s+|about\s+|roughly\s+)?(?:an?\s+)?(?:amortized\s+|amortised\s+|average\s+|expected\s+)?$`,
  'i',
);
const PER_STEP_AFTER = /^\)?\s*(?:time\s+|work\s+)?(?:on average\s+|amortized\s+|amortised\s+|average\s+|expected\s+)?(?:per|each|for each)\b/i;
// "O(1) lookups" is about one lookup; "O(n) lookups" counts all of them, which is the running time.
const STEP_AFTER = new RegExp(String.raw`^\)?\s*(?:time\s+)?(?:on average\s+|amortized\s+|amortised\s+|average\s+|expected\s+)?(?:(?:set|map|hash|array|stack|queue)\s+)?${STEP_WORDS}\b`, 'i');
const ALTERNATIVE_BEFORE =
  /(?:\b(?:not|instead of|rather than|better than|faster than|worse than|slower than|compared (?:to|with)|vs\.?|versus|down from|from|beats?|avoids?|avoiding|than|unlike)\s*(?:an?\s+|the\s+|that\s+)?(?:naive\s+|usual\s+|brute[\s-]force\s+)?)$/i;
// "It would be O(n)" is often the user's own answer, so "would" only counts next to another approach.
const ALTERNATIVE_CLAUSE =
  /\b(?:naive(?:ly)?|brute[\s-]force|if (?:we|you|I)|otherwise|without|instead)\b|\b(?:nested loops?|double loop|two loops|includes|indexOf|sorting|a sort)\b[^.;]*\b(?:would|could)\b/i;
const OWN_APPROACH = /\b(?:my|mine|our|this|current)\b/i;
const ALTERNATIVE_AFTER = /^\)?\s*(?:for|with|in|from|of)?\s*(?:the|a)?\s*(?:naive|brute[\s-]force)\b|^\)?\s*(?:if (?:we|you|I)\b|would be\b)/i;

/** Where the sentence holding `index` starts. */
function sentenceStart(text: string, index: number): number {
  for (let i = index - 1; i >= 0 && index - i < 240; i--) {
    const c = text[i];
    if (c === '\n' || c === ';') return i + 1;
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? ' ')) return i + 1;
  }
  return Math.max(0, index - 240);
}

/** Where the clause holding `index` starts: after a comma, colon, bracket, dash or "but"/"so". */
function clauseStart(text: string, index: number): number {
  const from = sentenceStart(text, index);
  let start = from;
  for (const m of text.slice(from, index).matchAll(/[,:(—–]|\s-\s|\b(?:but|whereas|while|however|so)\b/gi)) start = from + m.index + m[0].length;
  return start;
}

function labelBounds(text: string, found: Found[]): void {
  const words = findLabelWords(text);
  const consumed: { index: number; end: number }[] = [];
  for (const f of found) {
    const b = f.bound;
    // Phrases that carry their own label ("no extra memory") keep it.
    if (b.label !== 'unlabelled') continue;
    const after = text.slice(f.end, f.end + 80);
    const clause = text.slice(clauseStart(text, b.index), b.index);
    const tight = text.slice(Math.max(0, b.index - 80), b.index);

    const qualifier = QUALIFIER_BEFORE.exec(tight)?.[1] ?? QUALIFIER_AFTER.exec(after)?.[1];
    if (qualifier) b.qualifier = /amorti/i.test(qualifier) ? 'amortized' : /worst/i.test(qualifier) ? 'worst' : /best/i.test(qualifier) ? 'best' : 'average';

    const small = b.class === 'O(1)' || b.class === 'O(log n)';
    if (PER_STEP_BEFORE.test(clause) || PER_STEP_AFTER.test(after) || (small && STEP_AFTER.test(after))) {
      b.label = 'per-operation';
      continue;
    }
    if (ALTERNATIVE_BEFORE.test(tight) || ALTERNATIVE_AFTER.test(after) || (ALTERNATIVE_CLAUSE.test(clause) && !OWN_APPROACH.test(clause))) {
      b.label = 'alternative';
      continue;
    }
    const suffix = SUFFIX_LABEL.exec(after);
    if (suffix) {
      const word = suffix[1].toLowerCase();
      b.label = /(?:time|space|memory)\s*(?:and|&|\/)/.test(word) ? 'both' : /^(?:time|runtime|run|work|steps|operations|comparisons|iterations)/.test(word) ? 'time' : 'space';
      // A label word used after one bound can't also be the label before the next one.
      const at = f.end + suffix.index + suffix[0].length;
      consumed.push({ index: at - suffix[1].length, end: at });
      continue;
    }
    const from = sentenceStart(text, b.index);
    const before = words.filter((w) => w.index >= from && w.end <= b.index && !consumed.some((c) => c.index < w.end && w.index < c.end));
    const nearest = before[before.length - 1];
    if (nearest) b.label = nearest.kind;
    else if (SUFFIX_SPACE_HINT.test(after)) b.label = 'space';
  }
}

// ---------------------------------------------------------------------------------------------
// The entry point
// ---------------------------------------------------------------------------------------------

/**
 * Finds the time and space claims in a written complexity explanation and maps each to one of the
 * seven classes through the problem's variables: O(n·k) with k growing like n is O(n^2), and a
 * variable that grows '1' is a constant. A single unlabelled bound counts as time. Bounds about one
 * step ("each lookup is O(1)") or another approach ("the naive O(n²)") are listed in `bounds` but
 * never taken as the claim. Never throws, whatever the text.
 */
export function parseClaim(text: string, variables: ProblemVariable[], options: ParseOptions = {}): ParsedClaim {
  try {
    const source = (typeof text === 'string' ? text : String(text ?? '')).slice(0, MAX_TEXT);
    const definedInText = findDefinitions(source);
    const knownTexts = (options?.knownTexts ?? []).filter((t): t is string => typeof t === 'string');
    const scope = new Scope(Array.isArray(variables) ? variables : [], definedInText, knownTexts);

    // Symbols beat spoken forms, and spoken forms beat single words, where they overlap.
    const accepted: Found[] = [];
    for (const group of [findSymbolicBounds(source, scope), findSpokenBounds(source, scope), findSpaceWords(source, scope), findWordBounds(source)]) {
      for (const f of group) if (!accepted.some((a) => f.bound.index < a.end && a.bound.index < f.end)) accepted.push(f);
    }
    accepted.sort((a, b) => a.bound.index - b.bound.index);
    labelBounds(source, accepted);

    let time: ParsedBound | undefined;
    let space: ParsedBound | undefined;
    for (const { bound } of accepted) {
      if ((bound.label === 'time' || bound.label === 'both') && !time) time = bound;
      if ((bound.label === 'space' || bound.label === 'both') && !space) space = bound;
    }
    let timeWasUnlabelled = false;
    if (!time) {
      const unlabelled = accepted.filter((f) => f.bound.label === 'unlabelled');
      if (unlabelled.length > 0) {
        time = unlabelled[0].bound;
        timeWasUnlabelled = true;
        // "O(n) / O(1)" or "O(n), O(1)": a pair with only a separator between reads as time, then space.
        const next = unlabelled[1];
        if (!space && next && /^\s*(?:[/,;&|]|and)\s*$/i.test(source.slice(unlabelled[0].end, next.bound.index))) space = next.bound;
      }
    }
    const bounds = accepted.map((f) => f.bound);
    return { time, space, timeWasUnlabelled, definedInText, bounds, unread: findUnread(source, bounds) };
  } catch {
    // A parser bug must never take the review panel down with it: report that nothing was read.
    return { timeWasUnlabelled: false, definedInText: {}, bounds: [], unread: [] };
  }
}
