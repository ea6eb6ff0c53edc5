import { parse, type Node } from 'acorn';
import { full } from 'acorn-walk';

/** Name of the sandbox global that holds the operation count (and, attributed, the call site). */
export const COST_COUNTER = '__tsc';
/** Name of the sandbox function that charges a spread for the size of what it spreads. */
export const SPREAD_CHARGE = '__tsw';
/** Per-line operation counts, indexed by 1-based source line (attributed mode). */
export const LINE_COUNTS = '__tsl';
/** Called with a method call's line, receiver, name and arguments, so built-in costs land on that line. */
export const CALL_SITE = '__tsk';
/** Wraps every returned value: tracks call depth and samples memory when the outermost call returns. */
export const RETURN_HOOK = '__tsr';

export type InstrumentOptions = {
  /**
   * Count per source line, track call depth and sample memory (the complexity review). Off, only the
   * total is counted, which is the cheaper baseline the benchmark compares against.
   */
  attribute?: boolean;
  /**
   * Pseudocode: the runtime library occupies the code up to this offset (line 1). Its work is
   * charged to the pseudocode line that called into it (each call in the user's code records its
   * line in the counter's `u`), not to line 1, so hot lines point at the user's own lines.
   */
  runtimeEnd?: number;
};

export type Instrumented = { code: string; lines: number };

/**
 * Text to insert at `pos`. `rank` orders insertions at one position: 0 closers, 1 openers, 2 tails
 * (the fall-off-the-end hook). `partner` is where the matching opener or closer sits, so nesting comes
 * out right; `id` is the order of creation, and the walk is post-order, so a later id is an outer node.
 */
type Insertion = { pos: number; text: string; rank: 0 | 1 | 2; partner: number; id: number; deleteTo?: number };

type Block = Node & { type: 'BlockStatement'; body: Node[] };
type WithBody = Node & { body: Node; expression?: boolean; async?: boolean; generator?: boolean };
type Spread = Node & { argument: Node };
type Member = Node & { object: Node; property: Node & { name?: string }; computed: boolean; optional?: boolean };
type Call = Node & { callee: Node; arguments: Node[]; optional?: boolean };
type Return = Node & { argument: Node | null };

/** Methods and functions the counting built-ins charge for; a call to one of them is tagged with its line. */
export const CHARGED_METHODS = new Set([
  'indexOf', 'includes', 'lastIndexOf', 'find', 'findIndex', 'findLast', 'findLastIndex', 'some', 'every', 'filter', 'map',
  'forEach', 'reduce', 'reduceRight', 'join', 'concat', 'reverse', 'fill', 'copyWithin', 'flat', 'flatMap', 'splice',
  'shift', 'unshift', 'toReversed', 'toSpliced', 'with', 'toString', 'slice', 'sort', 'toSorted', 'push', 'pop', 'at',
  'substring', 'split', 'replace', 'replaceAll', 'substr', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase',
  'toLocaleUpperCase', 'trim', 'trimStart', 'trimEnd', 'padStart', 'padEnd', 'normalize', 'localeCompare', 'match',
  'matchAll', 'search', 'startsWith', 'endsWith', 'repeat', 'from', 'keys', 'values', 'entries', 'assign',
  'fromEntries', 'stringify', 'parse', 'has', 'add', 'get', 'set', 'delete',
]);

/** 1-based line of each offset, by binary search over line starts. */
function lineIndex(code: string): (pos: number) => number {
  const starts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') starts.push(i + 1);
  return (pos) => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * Adds an operation counter to every loop iteration and function call of the user's code, and
 * charges spreads for their length. The counts are deterministic, unlike time, so the same code
 * measures the same on every run and every machine. With `attribute`, every count is kept per
 * source line (loop iterations on the loop's line, built-in work on the line of the call), and
 * returns are hooked so memory can be sampled while the outermost call's locals are still alive.
 * Line numbers are those of `code`, so a source map from another language can map them back.
 * Returns undefined if the code cannot be parsed (the judge reports syntax errors).
 */
export function instrumentForCost(code: string, options: InstrumentOptions = {}): string | undefined {
  return instrument(code, options)?.code;
}

/** As {@link instrumentForCost}, and also says how many lines the code has (the size of the per-line counts). */
export function instrument(code: string, { attribute = false, runtimeEnd }: InstrumentOptions = {}): Instrumented | undefined {
  let ast: Node;
  try {
    ast = parse(code, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true, allowReturnOutsideFunction: false });
  } catch {
    return undefined;
  }
  const sourceLine = lineIndex(code);
  const inRuntime = (pos: number) => runtimeEnd !== undefined && pos < runtimeEnd;
  // Runtime-library code counts on the line of the user's call that is running it.
  const lineOf = (pos: number): number | string => (inRuntime(pos) ? `${COST_COUNTER}.u` : sourceLine(pos));
  const tick = (line: number | string) => (attribute ? `${LINE_COUNTS}[${line}]++;` : `${COST_COUNTER}.n++;`);
  const entry = (line: number | string) => (attribute ? `${LINE_COUNTS}[${line}]++;${COST_COUNTER}.enter();` : `${COST_COUNTER}.n++;`);
  const insertions: Insertion[] = [];
  let nextId = 0;
  const wrap = (node: Node, open: string, close: string) => {
    const id = nextId++;
    insertions.push({ pos: node.start, text: open, rank: 1, partner: node.end, id }, { pos: node.end, text: close, rank: 0, partner: node.start, id });
  };
  const at = (pos: number, text: string, rank: 0 | 1 | 2, partner = pos, deleteTo?: number) =>
    insertions.push({ pos, text, rank, partner, id: nextId++, deleteTo });
  const tickBody = (body: Node, text: string) => {
    if (body.type === 'BlockStatement') at((body as Block).start + 1, text, 1);
    else wrap(body, `{${text}`, '}');
  };

  full(ast, (node) => {
    switch (node.type) {
      case 'ForStatement':
      case 'ForInStatement':
      case 'ForOfStatement':
      case 'WhileStatement':
      case 'DoWhileStatement':
        tickBody((node as WithBody).body, tick(lineOf(node.start)));
        break;
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression': {
        const fn = node as WithBody;
        const line = lineOf(node.start);
        // Depth tracking is only sound for plain functions: a generator or async body suspends.
        const tracked = attribute && !fn.async && !fn.generator;
        if (fn.body.type === 'BlockStatement') {
          tickBody(fn.body, tracked ? entry(line) : tick(line));
          // Falling off the end is a return too.
          if (tracked) at(fn.body.end - 1, `${COST_COUNTER}.leave();`, 2);
        } else if (tracked) wrap(fn.body, `(${LINE_COUNTS}[${line}]++, ${COST_COUNTER}.enter(), ${RETURN_HOOK}(`, '))');
        else wrap(fn.body, `(${attribute ? `${LINE_COUNTS}[${line}]++` : `${COST_COUNTER}.n++`}, `, ')');
        break;
      }
      case 'SpreadElement':
        wrap((node as Spread).argument, `${SPREAD_CHARGE}(`, attribute ? `, ${lineOf(node.start)})` : ')');
        break;
    }
    if (!attribute) return;
    if (node.type === 'ReturnStatement') {
      const r = node as Return;
      if (r.argument) wrap(r.argument, `${RETURN_HOOK}(`, ')');
      else at(node.end - (code[node.end - 1] === ';' ? 1 : 0), ` ${RETURN_HOOK}()`, 0);
    } else if (node.type === 'CallExpression') {
      tagCallSite(node as Call);
      // Pseudocode: a call from the user's code tells the runtime library whose line it works for.
      if (runtimeEnd !== undefined && !inRuntime(node.start)) wrap(node, `(${COST_COUNTER}.u = ${sourceLine(node.start)}, `, ')');
    } else if (node.type === 'NewExpression') {
      const callee = (node as Call).callee;
      if (callee.type === 'Identifier' && ['Set', 'Map'].includes((callee as Node & { name: string }).name)) {
        wrap(node, `(${COST_COUNTER}.at = ${lineOf(node.start)}, `, ')');
      }
    }
  });

  function tagCallSite(call: Call) {
    const node = call;
    const callee = call.callee as Member;
    if (call.optional || callee.type !== 'MemberExpression' || callee.computed || callee.optional) return;
    if (callee.object.type === 'Super' || !callee.property.name || !CHARGED_METHODS.has(callee.property.name)) return;
    // obj.name(a, b) becomes __tsk(line, obj, "name", a, b): the arguments run first, then the line is set.
    // From the dot (after any closing parenthesis of the receiver) to the call's own opening parenthesis.
    const dot = code.lastIndexOf('.', callee.property.start);
    const open = code.indexOf('(', callee.property.end);
    if (open < 0 || dot < callee.object.end) return;
    const hasArgs = call.arguments.length > 0;
    const id = nextId++;
    insertions.push({ pos: node.start, text: `${CALL_SITE}(${lineOf(callee.property.start)}, `, rank: 1, partner: node.end, id });
    insertions.push({ pos: dot, text: `, ${JSON.stringify(callee.property.name)}${hasArgs ? ', ' : ''}`, rank: 0, partner: node.start, id, deleteTo: open + 1 });
  }

  // At one position: closers, then openers, then tails; inner closers first, outer openers first.
  insertions.sort((a, b) => a.pos - b.pos || a.rank - b.rank || b.partner - a.partner || (a.rank === 0 ? a.id - b.id : b.id - a.id));
  let out = '';
  let last = 0;
  for (const ins of insertions) {
    out += code.slice(last, Math.max(last, ins.pos)) + ins.text;
    last = Math.max(last, ins.deleteTo ?? ins.pos);
  }
  return { code: out + code.slice(last), lines: sourceLine(code.length) };
}

/** Bytes a string takes beyond its characters (QuickJS's JSString header), for strings its accounting misses. */
export const STRING_HEADER_BYTES = 16;

/** Name of the host function the sandbox calls to sample memory (1: the outermost call is returning), with bytes it knows QuickJS cannot see. */
export const MEMORY_SAMPLER = '__tsm';

/**
 * Sandbox setup for measurement: the counter, and built-ins that charge for the work they do
 * inside C code, which the counter could not otherwise see (`indexOf` scans, `sort`, `splice`…).
 * With `lines`, counts are kept per line (see {@link instrument}), call depth is tracked, and memory
 * is sampled through the host function MEMORY_SAMPLER at geometrically spaced events and when the
 * outermost call returns; define that function before this source runs.
 */
export function countingBuiltinsSource(lines?: number): string {
  const attributed = lines !== undefined ? 'true' : 'false';
  return String.raw`(function () {
  var ATTRIBUTED = ${attributed};
  var L = ATTRIBUTED ? [] : null;
  if (L) for (var li = 0; li <= ${lines ?? 0}; li++) L.push(0);
  var sample = ATTRIBUTED ? globalThis.${MEMORY_SAMPLER} : null;
  var STRING_HEADER = ${STRING_HEADER_BYTES};
  var C = {
    n: 0, at: 0, u: 0, d: 0, md: 0, e: 0, s: 64, big: 0, strings: [], saved: null,
    add: function (cost) {
      if (L) { var line = C.at; C.at = 0; L[line] += cost; } else C.n += cost;
    },
    maybeSample: function () {
      if (sample && ++C.e >= C.s) { C.s *= 2; sample(0); }
    },
    // A built-in's result can be a large temporary that is freed within the same expression
    // (\`q.trim().split(/\s+/).join(' ')\`): sample while it is alive, each time a result is at least
    // twice the largest sampled so far, so a chain of copies shows as memory at most log n times.
    // A string result is counted by its length (QuickJS does not see strings outside objects).
    sampleResult: function (out) {
      var k = sizeOf(out);
      if (!(sample && k >= 16 && k >= 2 * C.big)) return C.maybeSample();
      C.big = k;
      // Kept (at most log n of them) so the host can tell whether the returned string was one.
      if (typeof out === 'string') C.strings[C.strings.length] = out;
      sample(0, typeof out === 'string' ? STRING_HEADER + k : 0);
    },
    enter: function () { if (++C.d > C.md) C.md = C.d; C.maybeSample(); },
    leave: function () { if (--C.d === 0 && sample) sample(1); },
    // Pseudocode converts the input to Python values and the answer back: that is the judge's
    // work, not the candidate's, so the runtime pauses the count around it (counts put back as they were).
    pause: function () { C.saved = { n: C.n, L: L ? reflectApply(arraySlice, L, []) : null }; },
    resume: function () {
      var s = C.saved;
      if (!s) return;
      C.n = s.n;
      if (L) for (var i = 0; i < L.length; i++) L[i] = s.L[i];
      C.saved = null;
    },
    reset: function () { C.n = 0; C.at = 0; C.u = 0; C.d = 0; C.md = 0; C.e = 0; C.s = 64; C.big = 0; C.strings = []; if (L) for (var i = 0; i < L.length; i++) L[i] = 0; },
    total: function () { var t = C.n; if (L) for (var i = 0; i < L.length; i++) t += L[i]; return t; },
    report: function () {
      var lines = [];
      if (L) for (var i = 0; i < L.length; i++) if (L[i] > 0) lines[lines.length] = [i, L[i]];
      return origStringify({ cost: C.total(), lines: lines, depth: C.md });
    }
  };
  var origStringify = JSON.stringify, reflectApply = Reflect.apply, arraySlice = Array.prototype.slice;
  var G = globalThis;
  var isArray = Array.isArray, OrigSet = Set, OrigMap = Map, construct = Reflect.construct;
  var arrayIndexOf = Array.prototype.indexOf, strIndexOf = String.prototype.indexOf;
  var defineProperty = Object.defineProperty;
  function sizeOf(x) {
    if (x == null) return 0;
    if (typeof x === 'string' || isArray(x)) return x.length;
    if (x instanceof OrigSet || x instanceof OrigMap) return x.size;
    if (typeof x === 'object' && typeof x.length === 'number') return x.length;
    return 0;
  }
  defineProperty(G, '${COST_COUNTER}', { value: C });
  if (L) defineProperty(G, '${LINE_COUNTS}', { value: L });
  defineProperty(G, '${SPREAD_CHARGE}', { value: function (x, line) { C.at = line || 0; C.add(sizeOf(x) + 1); C.maybeSample(); return x; } });
  defineProperty(G, '${CALL_SITE}', { value: function (line, self, name) {
    var args = reflectApply(arraySlice, arguments, [3]);
    var f = self[name];
    C.at = line;
    var out = reflectApply(f, self, args);
    C.at = 0;
    return out;
  } });
  defineProperty(G, '${RETURN_HOOK}', { value: function (v) { if (--C.d === 0 && sample) sample(1); else C.maybeSample(); return v; } });
  function charge(target, name, cost) {
    var original = target[name];
    if (typeof original !== 'function') return;
    var wrapped = function () {
      C.add(cost(this, arguments, original));
      var out = reflectApply(original, this, arguments);
      C.sampleResult(out);
      return out;
    };
    defineProperty(wrapped, 'name', { value: name });
    defineProperty(target, name, { value: wrapped, writable: true, configurable: true });
  }
  function len(self) { return sizeOf(self) + 1; }
  function one() { return 1; }
  // slice/substring cost what they copy, not the whole source.
  function range(self, args) {
    var n = sizeOf(self);
    var clamp = function (v, d) { v = v === undefined ? d : Math.trunc(Number(v)) || 0; return v < 0 ? Math.max(0, n + v) : Math.min(n, v); };
    return Math.max(0, clamp(args[1], n) - clamp(args[0], 0)) + 1;
  }
  function nlogn(self) { var n = sizeOf(self); return n < 2 ? 1 : Math.ceil(n * Math.log2(n)); }
  function scanTo(indexOf) {
    return function (self, args) {
      var n = sizeOf(self);
      var at = indexOf.apply(self, args);
      return at < 0 ? n + 1 : at + 1;
    };
  }
  var AP = Array.prototype, SP = String.prototype;
  ['indexOf', 'includes'].forEach(function (m) { charge(AP, m, scanTo(arrayIndexOf)); });
  ['lastIndexOf', 'find', 'findIndex', 'findLast', 'findLastIndex', 'some', 'every', 'filter', 'map', 'forEach',
   'reduce', 'reduceRight', 'join', 'concat', 'reverse', 'fill', 'copyWithin', 'flat', 'flatMap',
   'splice', 'shift', 'unshift', 'toReversed', 'toSpliced', 'with', 'toString'].forEach(function (m) { charge(AP, m, len); });
  charge(AP, 'slice', range);
  ['sort', 'toSorted'].forEach(function (m) { charge(AP, m, nlogn); });
  ['push', 'pop', 'at'].forEach(function (m) { charge(AP, m, one); });
  ['indexOf', 'includes'].forEach(function (m) { charge(SP, m, scanTo(strIndexOf)); });
  ['slice', 'substring'].forEach(function (m) { charge(SP, m, range); });
  ['lastIndexOf', 'split', 'replace', 'replaceAll', 'substr', 'toLowerCase', 'toUpperCase',
   'toLocaleLowerCase', 'toLocaleUpperCase', 'trim', 'trimStart', 'trimEnd', 'padStart', 'padEnd', 'normalize',
   'localeCompare', 'match', 'matchAll', 'search', 'concat', 'startsWith', 'endsWith'].forEach(function (m) { charge(SP, m, len); });
  charge(SP, 'repeat', function (self, args) { return sizeOf(self) * (Number(args[0]) || 0) + 1; });
  charge(Array, 'from', function (self, args) { return sizeOf(args[0]) + 1; });
  ['keys', 'values', 'entries'].forEach(function (m) { charge(Object, m, function (s, args) { return args[0] == null ? 1 : Object.getOwnPropertyNames(args[0]).length + 1; }); });
  charge(Object, 'assign', function (s, args) { var n = 1; for (var i = 1; i < args.length; i++) n += args[i] ? Object.getOwnPropertyNames(args[i]).length : 0; return n; });
  charge(Object, 'fromEntries', function (s, args) { return sizeOf(args[0]) + 1; });
  charge(JSON, 'stringify', function (s, args) { return sizeOf(args[0]) + 1; });
  charge(JSON, 'parse', function (s, args) { return sizeOf(args[0]) + 1; });
  [OrigSet.prototype, OrigMap.prototype].forEach(function (P) {
    ['has', 'add', 'get', 'set', 'delete'].forEach(function (m) { charge(P, m, one); });
  });
  function counting(Original) {
    var C2 = function (iterable) {
      if (!new.target) throw new TypeError(Original.name + ' constructor requires new');
      C.add(sizeOf(iterable) + 1);
      var made = construct(Original, arguments, new.target === C2 ? Original : new.target);
      C.maybeSample();
      return made;
    };
    C2.prototype = Original.prototype;
    defineProperty(C2, 'name', { value: Original.name });
    return C2;
  }
  G.Set = counting(OrigSet);
  G.Map = counting(OrigMap);
})();`;
}

/** The setup without attribution, for callers that only want the total. */
export const COUNTING_BUILTINS_SOURCE = countingBuiltinsSource();
