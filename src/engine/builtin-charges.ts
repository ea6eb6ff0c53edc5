/**
 * Built-ins charged to the work budget (issue 25).
 *
 * QuickJS counts "steps" (function calls and loop back-jumps) and calls the interrupt handler
 * every STEPS_PER_WORK_UNIT of them; that count is the work budget. Work done inside a built-in
 * (an `indexOf` scan, a `sort`, a `join`) takes no steps, so a solution whose cost sits there
 * used to be stopped only by the wall clock, which depends on the machine's load. Here every
 * built-in whose work grows with its input adds steps in proportion to the elements it touches,
 * weighted by what one element costs next to one loop iteration (measured side by side in
 * QuickJS: `BENCH_ONLY=judge npm run bench` prints the calibration). The charge is a pure
 * function of the inputs, so it is the same on every machine.
 *
 * The source below is spliced into the prelude (prelude.ts) and runs before the user's code,
 * only when the host passes `hostWork`: the complexity measurement has its own counting.
 */

/** QuickJS polls its interrupt handler once per this many steps (JS_INTERRUPT_COUNTER_INIT). */
export const STEPS_PER_WORK_UNIT = 10_000;

/**
 * Steps charged per element (or character) touched, by kind of work. One step is one loop
 * iteration or call of plain code: ≈ 50 ns of CPU in QuickJS for a plain or call-heavy loop.
 * Each weight makes one charged step cost about as much CPU as that (`BENCH_ONLY=judge`,
 * "Calibration", prints CPU ns per step of each built-in next to plain loops).
 */
export const STEP_WEIGHTS = {
  /** Array indexOf/includes, per element passed (number or other non-string needle). */
  scan: 1 / 5,
  /** The same with a string needle: each element is a string comparison. */
  scanText: 2 / 3,
  /** String search (indexOf, includes, startsWith…), per character passed. */
  search: 1 / 6,
  /** Per-character string work: case, trim, pad, repeat, slice. */
  chars: 1 / 4,
  /** Copying an element: slice, spread, concat, Array.from, reverse, splice. */
  copy: 1,
  /** Hashing an element into a new Set or Map. */
  hash: 3,
  join: 2,
  key: 2.5,
  /** split, per character. */
  split: 1 / 2,
  /** replace/match/search with patterns, per character. */
  text: 1,
  /** One comparison of a sort with a comparator (whose own calls are counted as steps). */
  compare: 1 / 3,
  /** One comparison of a default (string) sort. */
  compareText: 1,
  /** shift/unshift move the rest of the array with one memmove. */
  move: 1 / 64,
  /** JSON.stringify/parse, per character of JSON. */
  json: 3 / 4,
} as const;

/** The sandbox global the judge wraps every spread argument in (see spread-charges.ts). */
export const SPREAD_CHARGE_NAME = '__tsSpread';

/**
 * The support the charges use, piece by piece: a piece is kept only when a kept charge (or a kept
 * piece) names it, so code that names few built-ins parses little. `steps` is always kept.
 */
const SUPPORT: { name: string; source: string }[] = [
  { name: 'W', source: `var W = ${JSON.stringify(STEP_WEIGHTS)}, UNIT = ${STEPS_PER_WORK_UNIT}, pending = 0, trunc = Math.trunc, mathMax = Math.max, mathMin = Math.min, defProp = Object.defineProperty;` },
  {
    name: 'steps',
    source: `function steps(n) {
      if (!(n > 0)) return;
      pending += n;
      if (pending < UNIT) return;
      var units = trunc(pending / UNIT);
      pending -= units * UNIT;
      // Over budget: spin until the interrupt handler stops the code (an uncatchable interrupt).
      if (hostWork(units)) for (;;) {}
    }`,
  },
  {
    name: 'size',
    source: `function size(x) {
      if (x == null) return 0;
      if (typeof x === 'string' || isArray(x)) return x.length;
      if (x instanceof SetC || x instanceof MapC) return x.size;
      return typeof x === 'object' && typeof x.length === 'number' ? x.length : 0;
    }`,
  },
  { name: 'clamp', source: `function clamp(v, n, d) { v = v === undefined ? d : trunc(+v) || 0; return v < 0 ? mathMax(0, n + v) : mathMin(n, v); }` },
  { name: 'range', source: `function range(self, a) { var n = size(self); return clamp(a[1], n, n) - clamp(a[0], n, 0); }` },
  { name: 'keyCount', source: `var ownNames = Object.getOwnPropertyNames; function keyCount(o) { return o == null ? 0 : ownNames(o).length; }` },
  {
    name: 'wrap',
    // before(self, args) → steps charged before the call; after(self, args, result) → after it.
    source: `function wrap(target, name, before, after) {
      var original = target[name];
      if (typeof original !== 'function') return;
      var w = { [name]: function () {
        if (before) steps(before(this, arguments));
        var out = apply(original, this, arguments);
        if (after) steps(after(this, arguments, out));
        return out;
      } }[name];
      defProp(w, 'length', { value: original.length });
      defProp(target, name, { value: w, writable: true, configurable: true });
    }`,
  },
  { name: 'each', source: `function each(target, names, before, after) { for (var i = 0; i < names.length; i++) wrap(target, names[i], before, after); }` },
  { name: 'method', source: `function method(target, name, f) { defProp(target, name, { value: f, writable: true, configurable: true }); }` },
  { name: 'perElement', source: `function perElement(w) { return function (self) { return size(self) * w; }; }` },
  { name: 'scanWeight', source: `function scanWeight(needle) { return typeof needle === 'string' ? W.scanText : W.scan; }` },
  { name: 'AP', source: `var AP = ArrayProto, SP2 = SP;` },
];

/**
 * Each charge with the names that must appear in the code for it to be installed. A name is looked
 * for as a whole word anywhere in the code (the Python runtime's own calls included, since it is
 * part of the code). `always` charges are reached without naming them (an array turned into text).
 */
const CHARGES: { names: string[]; source: string; always?: boolean; support?: string }[] = [
  // A scan is charged up to where it stopped, so a hit near the front costs little.
  { names: ['indexOf'], source: `wrap(AP, 'indexOf', null, function (self, a, at) { return (at < 0 ? size(self) : at + 1) * scanWeight(a[0]); });` },
  { names: ['lastIndexOf'], source: `wrap(AP, 'lastIndexOf', function (self, a) { return size(self) * scanWeight(a[0]); });` },
  // includes is indexOf that also finds NaN: charged to where the scan stopped, like indexOf.
  {
    names: ['includes'],
    source: `method(AP, 'includes', { includes: function () {
      var at = apply(arrayIndexOf, this, arguments);
      var w = scanWeight(arguments[0]);
      if (at >= 0) { steps((at + 1) * w); return true; }
      steps(size(this) * w);
      return apply(arrayIncludes, this, arguments);
    } }.includes);`,
    support: 'var arrayIndexOf = ArrayProto.indexOf, arrayIncludes = ArrayProto.includes;',
  },
  ...['reverse', 'toReversed', 'with', 'flat', 'copyWithin', 'toSpliced'].map((n) => ({ names: [n], source: `wrap(AP, '${n}', perElement(W.copy));` })),
  { names: ['join', 'toString'], always: true, source: `each(AP, ['join', 'toString'], perElement(W.join));` },
  { names: ['shift', 'unshift'], source: `each(AP, ['shift', 'unshift'], perElement(W.move));` },
  { names: ['splice'], source: `wrap(AP, 'splice', function (self, a) { return (size(self) - clamp(a[0], size(self), 0)) * W.copy; });` },
  { names: ['slice'], source: `wrap(AP, 'slice', function (self, a) { return range(self, a) * W.copy; });` },
  { names: ['fill'], source: `wrap(AP, 'fill', function (self, a) { return range(self, [a[1], a[2]]) * W.copy; });` },
  { names: ['concat'], source: `wrap(AP, 'concat', function (self, a) { var n = size(self); for (var i = 0; i < a.length; i++) n += isArray(a[i]) ? a[i].length : 1; return n * W.copy; });` },
  { names: ['sort', 'toSorted'], support: 'var log2 = Math.log2;', source: `each(AP, ['sort', 'toSorted'], function (self, a) { var n = size(self); return n < 2 ? 0 : n * log2(n) * (typeof a[0] === 'function' ? W.compare : W.compareText); });` },
  { names: ['from'], source: `wrap(Array, 'from', function (self, a) { return size(a[0]) * W.copy; });` },
  { names: ['indexOf'], source: `wrap(SP2, 'indexOf', null, function (self, a, at) { return (at < 0 ? size(self) : at + size(a[0])) * W.search; });` },
  {
    names: ['includes'],
    source: `method(SP2, 'includes', { includes: function (needle) {
      var self = StringC(this), at = typeof needle === 'string' ? apply(strIndexOf, self, arguments) : -1;
      steps((at < 0 ? self.length : at + needle.length) * W.search);
      return at >= 0 || apply(strIncludes, this, arguments);
    } }.includes);`,
    support: 'var strIndexOf = SP.indexOf, strIncludes = SP.includes;',
  },
  ...['lastIndexOf', 'startsWith', 'endsWith'].map((n) => ({ names: [n], source: `wrap(SP2, '${n}', perElement(W.search));` })),
  ...['toLowerCase', 'toUpperCase', 'trim', 'trimStart', 'trimEnd', 'normalize'].map((n) => ({ names: [n], source: `wrap(SP2, '${n}', perElement(W.chars));` })),
  { names: ['split'], source: `wrap(SP2, 'split', perElement(W.split));` },
  ...['replace', 'replaceAll', 'match', 'matchAll', 'search'].map((n) => ({ names: [n], source: `wrap(SP2, '${n}', perElement(W.text));` })),
  { names: ['repeat'], source: `wrap(SP2, 'repeat', null, function (self, a, out) { return size(out) * W.chars; });` },
  { names: ['padStart', 'padEnd'], source: `each(SP2, ['padStart', 'padEnd'], function (self, a) { return mathMax(size(self), +a[0] || 0) * W.chars; });` },
  { names: ['slice', 'substring'], source: `each(SP2, ['slice', 'substring'], function (self, a) { return range(self, a) * W.chars; });` },
  { names: ['concat'], source: `wrap(SP2, 'concat', function (self, a) { var n = size(self); for (var i = 0; i < a.length; i++) n += size(a[i]); return n * W.chars; });` },
  { names: ['keys', 'values', 'entries'], source: `each(Object, ['keys', 'values', 'entries'], null, function (s, a, out) { return size(out) * W.key; });` },
  { names: ['assign'], source: `wrap(Object, 'assign', function (s, a) { var n = 0; for (var i = 1; i < a.length; i++) n += keyCount(a[i]); return n * W.key; });` },
  { names: ['fromEntries'], source: `wrap(Object, 'fromEntries', function (s, a) { return size(a[0]) * W.key; });` },
  { names: ['stringify'], source: `wrap(JSON, 'stringify', null, function (s, a, out) { return size(out) * W.json; });` },
  { names: ['parse'], source: `wrap(JSON, 'parse', function (s, a) { return size(a[0]) * W.json; });` },
  // new Set(xs) / new Map(pairs) copy every element.
  {
    names: ['Set', 'Map'],
    support: 'var construct = Reflect.construct;',
    source: `function counted(Original) {
      var C = function () {
        if (!new.target) return apply(Original, undefined, arguments);
        steps(size(arguments[0]) * W.hash);
        return construct(Original, arguments, new.target === C ? Original : new.target);
      };
      C.prototype = Original.prototype;
      defProp(C, 'name', { value: Original.name });
      defProp(Original.prototype, 'constructor', { value: C, writable: true, configurable: true });
      return C;
    }
    G.Set = counted(SetC);
    G.Map = counted(MapC);`,
  },
  // Spread (\`[...xs]\`, \`f(...xs)\`) is syntax, not a call: the judge rewrites it to pass through this.
  { names: [SPREAD_CHARGE_NAME], source: `defProp(G, '${SPREAD_CHARGE_NAME}', { value: function (x) { steps(size(x) * W.copy); return x; } });` },
];

const WORD = /[A-Za-z_$][\w$]*/g;

/**
 * The charging part of the prelude for one piece of code: the charges of the built-ins the code
 * names (see CHARGES) and the support they use. Spliced into the prelude (prelude.ts) after `SP`,
 * `ArrayProto`, `isArray`, `SetC`, `MapC`, `StringC`, `G` and `apply`; it runs only when the host
 * passes `hostWork`.
 */
export function builtinChargesFor(code: string): string {
  const words = new Set(code.match(WORD) ?? []);
  const kept = CHARGES.filter((c) => c.always || c.names.some((n) => words.has(n)));
  // Originals are captured before any wrapper replaces them (includes scans with the real indexOf).
  const body = [...new Set(kept.flatMap((c) => (c.support ? [c.support] : [])))].concat(kept.map((c) => c.source)).join('\n    ');
  // Support pieces named by what is kept, and by the pieces kept so far (they only name earlier ones).
  let named = body;
  const pieces: string[] = [];
  for (const piece of [...SUPPORT].reverse()) {
    if (piece.name === 'W' || piece.name === 'steps' || new RegExp(`\\b${piece.name}\\b`).test(named)) {
      pieces.unshift(piece.source);
      named += piece.source;
    }
  }
  return `  if (typeof hostWork === 'function') (function () {\n    ${pieces.join('\n    ')}\n    ${body}\n  })();\n`;
}

/** Every charge, for measuring and tests. */
export const BUILTIN_CHARGES_SOURCE = builtinChargesFor(CHARGES.flatMap((c) => c.names).join(' '));

/**
 * Every charge as an installer that can be parsed once and applied to many contexts (used by the
 * shared Python runtime context, python-realm.ts). It evaluates to a function `(hostWork) =>
 * ({ install(G), reset() })`: `install` wraps the built-ins of the global object `G` (its own
 * context's or another context's of the same QuickJS runtime); all wrappers share one count of
 * pending steps, which `reset` clears before each case so no case's leftover reaches the next.
 */
export const CHARGE_INSTALLER_SOURCE = (() => {
  const body = [...new Set(CHARGES.flatMap((c) => (c.support ? [c.support] : [])))].concat(CHARGES.map((c) => c.source)).join('\n      ');
  const shared = SUPPORT.filter((p) => p.name === 'W' || p.name === 'steps').map((p) => p.source);
  const perGlobal = SUPPORT.filter((p) => p.name !== 'W' && p.name !== 'steps').map((p) => p.source);
  return `(function (hostWork) {
    'use strict';
    var apply = Function.prototype.call.bind(Function.prototype.apply);
    ${shared.join('\n    ')}
    function install(G) {
      // The charges name Array, Object and JSON as globals: here they are G's, not this context's.
      var Array = G.Array, Object = G.Object, JSON = G.JSON;
      var SP = G.String.prototype, ArrayProto = G.Array.prototype, isArray = G.Array.isArray, SetC = G.Set, MapC = G.Map, StringC = G.String;
      ${perGlobal.join('\n      ')}
      ${body}
    }
    return { install: install, reset: function () { pending = 0; } };
  })`;
})();
