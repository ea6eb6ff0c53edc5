import { parse, type Node } from 'acorn';
import { full } from 'acorn-walk';

/** Name of the sandbox global that holds the operation count. */
export const COST_COUNTER = '__tsc';
/** Name of the sandbox function that charges a spread for the size of what it spreads. */
export const SPREAD_CHARGE = '__tsw';

type Insertion = { pos: number; text: string; closer: boolean; span: number };

type Block = Node & { type: 'BlockStatement'; body: Node[] };
type WithBody = Node & { body: Node; expression?: boolean };
type Spread = Node & { argument: Node };

const TICK = `${COST_COUNTER}.n++;`;

/**
 * Adds an operation counter to every loop iteration and function call of the user's code, and
 * charges spreads for their length. The counts are deterministic, unlike time, so the same code
 * measures the same on every run and every machine. Returns undefined if the code cannot be parsed
 * (the judge reports syntax errors; measurement just has nothing to measure).
 */
export function instrumentForCost(code: string): string | undefined {
  let ast: Node;
  try {
    ast = parse(code, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true });
  } catch {
    return undefined;
  }
  const insertions: Insertion[] = [];
  const wrap = (node: Node, open: string, close: string) => {
    const span = node.end - node.start;
    insertions.push({ pos: node.start, text: open, closer: false, span }, { pos: node.end, text: close, closer: true, span });
  };
  const tickBody = (body: Node) => {
    if (body.type === 'BlockStatement') insertions.push({ pos: (body as Block).start + 1, text: TICK, closer: false, span: 0 });
    else wrap(body, `{${TICK}`, '}');
  };

  full(ast, (node) => {
    switch (node.type) {
      case 'ForStatement':
      case 'ForInStatement':
      case 'ForOfStatement':
      case 'WhileStatement':
      case 'DoWhileStatement':
        tickBody((node as WithBody).body);
        break;
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression': {
        const fn = node as WithBody;
        if (fn.body.type === 'BlockStatement') tickBody(fn.body);
        else wrap(fn.body, `(${COST_COUNTER}.n++, `, ')');
        break;
      }
      case 'SpreadElement':
        wrap((node as Spread).argument, `${SPREAD_CHARGE}(`, ')');
        break;
    }
  });

  // At one position: closers before openers; inner closers first, outer openers first.
  insertions.sort((a, b) => a.pos - b.pos || Number(b.closer) - Number(a.closer) || (a.closer ? a.span - b.span : b.span - a.span));
  let out = '';
  let last = 0;
  for (const ins of insertions) {
    out += code.slice(last, ins.pos) + ins.text;
    last = ins.pos;
  }
  return out + code.slice(last);
}

/**
 * Sandbox setup for measurement: the counter, and built-ins that charge for the work they do
 * inside C code, which the counter could not otherwise see (`indexOf` scans, `sort`, `splice`…).
 */
export const COUNTING_BUILTINS_SOURCE = String.raw`(function () {
  var C = { n: 0 };
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
  defineProperty(G, '${SPREAD_CHARGE}', { value: function (x) { C.n += sizeOf(x) + 1; return x; } });
  function charge(target, name, cost) {
    var original = target[name];
    if (typeof original !== 'function') return;
    var wrapped = function () {
      C.n += cost(this, arguments, original);
      return original.apply(this, arguments);
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
      C.n += sizeOf(iterable) + 1;
      return construct(Original, arguments, new.target === C2 ? Original : new.target);
    };
    C2.prototype = Original.prototype;
    defineProperty(C2, 'name', { value: Original.name });
    return C2;
  }
  G.Set = counting(OrigSet);
  G.Map = counting(OrigMap);
})();`;
