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

/** Host function name order: the prelude receives `hostWork(units)` as its fourth argument. */
export const BUILTIN_CHARGES_SOURCE = String.raw`
  if (typeof hostWork === 'function') (function () {
    var W = ${JSON.stringify(STEP_WEIGHTS)}, UNIT = ${STEPS_PER_WORK_UNIT}, pending = 0;
    var defProp = Object.defineProperty, ownNames = Object.getOwnPropertyNames, construct = Reflect.construct;
    var arrayIndexOf = ArrayProto.indexOf, arrayIncludes = ArrayProto.includes, strIndexOf = SP.indexOf, strIncludes = SP.includes;
    var log2 = Math.log2, trunc = Math.trunc, mathMax = Math.max, mathMin = Math.min;
    function steps(n) {
      if (!(n > 0)) return;
      pending += n;
      if (pending < UNIT) return;
      var units = trunc(pending / UNIT);
      pending -= units * UNIT;
      // Over budget: spin until the interrupt handler stops the code (an uncatchable interrupt).
      if (hostWork(units)) for (;;) {}
    }
    function size(x) {
      if (x == null) return 0;
      if (typeof x === 'string' || isArray(x)) return x.length;
      if (x instanceof SetC || x instanceof MapC) return x.size;
      return typeof x === 'object' && typeof x.length === 'number' ? x.length : 0;
    }
    function clamp(v, n, d) { v = v === undefined ? d : trunc(+v) || 0; return v < 0 ? mathMax(0, n + v) : mathMin(n, v); }
    function range(self, a) { var n = size(self); return clamp(a[1], n, n) - clamp(a[0], n, 0); }
    function keyCount(o) { return o == null ? 0 : ownNames(o).length; }
    // before(self, args) → steps charged before the call; after(self, args, result) → after it.
    function wrap(target, name, before, after) {
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
    }
    function each(target, names, before, after) { for (var i = 0; i < names.length; i++) wrap(target, names[i], before, after); }
    var perElement = function (w) { return function (self) { return size(self) * w; }; };
    // A scan is charged up to where it stopped, so a hit near the front costs little.
    function scanned(self, a, at) { return (at < 0 ? size(self) : at + 1) * scanWeight(a[0]); }
    var AP = ArrayProto;
    wrap(AP, 'indexOf', null, scanned);
    function scanWeight(needle) { return typeof needle === 'string' ? W.scanText : W.scan; }
    wrap(AP, 'lastIndexOf', function (self, a) { return size(self) * scanWeight(a[0]); });
    // includes is indexOf that also finds NaN: charged to where the scan stopped, like indexOf.
    function method(target, name, f) { defProp(target, name, { value: f, writable: true, configurable: true }); }
    method(AP, 'includes', { includes: function () {
      var at = apply(arrayIndexOf, this, arguments);
      var w = scanWeight(arguments[0]);
      if (at >= 0) { steps((at + 1) * w); return true; }
      steps(size(this) * w);
      return apply(arrayIncludes, this, arguments);
    } }.includes);
    each(AP, ['reverse', 'toReversed', 'with', 'flat', 'copyWithin', 'toSpliced'], perElement(W.copy));
    each(AP, ['join', 'toString'], perElement(W.join));
    each(AP, ['shift', 'unshift'], perElement(W.move));
    wrap(AP, 'splice', function (self, a) { return (size(self) - clamp(a[0], size(self), 0)) * W.copy; });
    wrap(AP, 'slice', function (self, a) { return range(self, a) * W.copy; });
    wrap(AP, 'fill', function (self, a) { return range(self, [a[1], a[2]]) * W.copy; });
    wrap(AP, 'concat', function (self, a) { var n = size(self); for (var i = 0; i < a.length; i++) n += isArray(a[i]) ? a[i].length : 1; return n * W.copy; });
    each(AP, ['sort', 'toSorted'], function (self, a) { var n = size(self); return n < 2 ? 0 : n * log2(n) * (typeof a[0] === 'function' ? W.compare : W.compareText); });
    wrap(Array, 'from', function (self, a) { return size(a[0]) * W.copy; });
    var SP2 = SP;
    wrap(SP2, 'indexOf', null, function (self, a, at) { return (at < 0 ? size(self) : at + size(a[0])) * W.search; });
    method(SP2, 'includes', { includes: function (needle) {
      var self = StringC(this), at = typeof needle === 'string' ? apply(strIndexOf, self, arguments) : -1;
      steps((at < 0 ? self.length : at + needle.length) * W.search);
      return at >= 0 || apply(strIncludes, this, arguments);
    } }.includes);
    each(SP2, ['lastIndexOf', 'startsWith', 'endsWith'], perElement(W.search));
    each(SP2, ['toLowerCase', 'toUpperCase', 'trim', 'trimStart', 'trimEnd', 'normalize'], perElement(W.chars));
    wrap(SP2, 'split', perElement(W.split));
    each(SP2, ['replace', 'replaceAll', 'match', 'matchAll', 'search'], perElement(W.text));
    wrap(SP2, 'repeat', null, function (self, a, out) { return size(out) * W.chars; });
    each(SP2, ['padStart', 'padEnd'], function (self, a) { return mathMax(size(self), +a[0] || 0) * W.chars; });
    each(SP2, ['slice', 'substring'], function (self, a) { return range(self, a) * W.chars; });
    wrap(SP2, 'concat', function (self, a) { var n = size(self); for (var i = 0; i < a.length; i++) n += size(a[i]); return n * W.chars; });
    each(Object, ['keys', 'values', 'entries'], null, function (s, a, out) { return size(out) * W.key; });
    wrap(Object, 'assign', function (s, a) { var n = 0; for (var i = 1; i < a.length; i++) n += keyCount(a[i]); return n * W.key; });
    wrap(Object, 'fromEntries', function (s, a) { return size(a[0]) * W.key; });
    wrap(JSON, 'stringify', null, function (s, a, out) { return size(out) * W.json; });
    wrap(JSON, 'parse', function (s, a) { return size(a[0]) * W.json; });
    // new Set(xs) / new Map(pairs) copy every element.
    function counted(Original) {
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
    G.Map = counted(MapC);
    // Spread (\`[...xs]\`, \`f(...xs)\`) is syntax, not a call: the judge rewrites it to pass through this.
    defProp(G, '${SPREAD_CHARGE_NAME}', { value: function (x) { steps(size(x) * W.copy); return x; } });
  })();
`;
