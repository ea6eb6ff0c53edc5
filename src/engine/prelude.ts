import { builtinChargesFor } from './builtin-charges';
import { SANDBOX_EPOCH_MS, SANDBOX_RANDOM_SEED } from './limits';

/**
 * Source of the code that runs in each case's fresh context before the user's code: only what the
 * user's code can call (a fixed clock and random, console, the locale emulation, built-ins that
 * charge their work). Reading the answer is the harness context's job (harness.ts), parsed once a
 * session, so this stays small: QuickJS parses everything it is given, in every fresh context.
 *
 * It evaluates to a function `(hostLog, hostAlive, hostNotice, hostWork) => kit`; with `hostWork`,
 * built-ins charge their work to the budget (builtin-charges.ts). `kit` holds the built-ins the host
 * calls the function with and reads its answer with (`parse`, `apply`, `Set`, `Map`, `Promise`,
 * `Error`), captured before the user's code can replace them.
 */
const PRELUDE_HEAD = String.raw`(function (hostLog, hostAlive, hostNotice, hostWork) {
  'use strict';
  var G = globalThis;
  var stringify = JSON.stringify, parse = JSON.parse;
  var isArray = Array.isArray, keysOf = Object.keys, ArrayProto = Array.prototype;
  var apply = Function.prototype.call.bind(Function.prototype.apply);
  var SetC = Set, MapC = Map, ErrorC = Error, DateC = Date, StringC = String;

  // Deterministic randomness: mulberry32, seeded the same for every case.
  var seed = ${SANDBOX_RANDOM_SEED} >>> 0;
  Math.random = function random() {
    seed = (seed + 0x6d2b79f5) >>> 0;
    var t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  var SP = String.prototype;
`;

/** A fixed clock: the same date on every run, in the CLI and in the browser. */
const PRELUDE_DATE = String.raw`  var FIXED_NOW = ${SANDBOX_EPOCH_MS};
  function FixedDate() {
    var args = ArrayProto.slice.call(arguments);
    if (!new.target) return new DateC(FIXED_NOW).toString();
    if (args.length === 0) return new DateC(FIXED_NOW);
    return new (Function.prototype.bind.apply(DateC, [null].concat(args)))();
  }
  FixedDate.prototype = DateC.prototype;
  FixedDate.now = function now() { return FIXED_NOW; };
  FixedDate.UTC = DateC.UTC;
  FixedDate.parse = DateC.parse;
  Object.defineProperty(DateC.prototype, 'constructor', { value: FixedDate, writable: true, configurable: true });
  G.Date = FixedDate;
`;

/** Code that does not name Date has no clock at all, rather than the machine's. */
const PRELUDE_NO_DATE = String.raw`  delete G.Date;
`;

/** V8-like localeCompare, Intl.Collator and toLocaleString: only parsed when the code names them (it is a third of the prelude). */
const PRELUDE_LOCALE = String.raw`  // QuickJS has no Intl, and its locale-aware methods ignore locales: localeCompare compares
  // code points ('B' before 'a'), toLocaleString prints no grouping. Where our problems can meet
  // them they behave as V8 does for plain text (ICU's root order for ASCII, numeric and
  // sensitivity options, en-US number grouping), and the host is told, so the results say so.
  var NP = Number.prototype, strCode = Function.prototype.call.bind(SP.charCodeAt);
  var lower = Function.prototype.call.bind(SP.toLowerCase), normalize = Function.prototype.call.bind(SP.normalize);
  var upper = Function.prototype.call.bind(SP.toUpperCase), replaceText = Function.prototype.call.bind(SP.replace);
  var nativeToLocaleUpper = SP.toLocaleUpperCase, nativeToLocaleLower = SP.toLocaleLowerCase;
  var MARKS = /[\u0300-\u036f]/g, LEADING_ZEROS = /(^|[^0-9])0+(?=[0-9])/g;
  function noticed(code) { try { hostNotice(code); } catch (_) {} }
  // ICU's root order for ASCII: whitespace and punctuation (in this order), then digits, then
  // letters (case-blind at this level).
  var PUNCTUATION = '\t\n\u000b\f\r _-,;:!?.\'"()[]{}@*/\\&#%\u0060^+<=>|~$';
  function weight(c) {
    if (c >= 97 && c <= 122) return 2000 + c;
    if (c >= 65 && c <= 90) return 2000 + c + 32;
    if (c >= 48 && c <= 57) return 1000 + c;
    if (c < 128) { for (var k = 0; k < PUNCTUATION.length; k++) if (strCode(PUNCTUATION, k) === c) return 100 + k; return c; }
    return 3000 + c;
  }
  function runs(s, numeric) {
    var out = [], i = 0;
    while (i < s.length) {
      var c = strCode(s, i);
      if (numeric && c >= 48 && c <= 57) {
        var j = i, n = 0;
        while (j < s.length && strCode(s, j) >= 48 && strCode(s, j) <= 57) { n = n * 10 + strCode(s, j) - 48; j++; }
        out[out.length] = -1 - n; i = j;
      } else { out[out.length] = weight(c); i++; }
    }
    return out;
  }
  function compareRuns(a, b) {
    for (var i = 0; i < a.length && i < b.length; i++) {
      if (a[i] === b[i]) continue;
      // Numbers (negative markers) sort with the digits, before letters.
      var x = a[i] < 0 ? 1000 + 1e-9 * (-1 - a[i]) : a[i], y = b[i] < 0 ? 1000 + 1e-9 * (-1 - b[i]) : b[i];
      if (a[i] < 0 && b[i] < 0) return -1 - a[i] < -1 - b[i] ? -1 : 1;
      return x < y ? -1 : 1;
    }
    return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
  }
  function collate(a, b, options) {
    var o = options && typeof options === 'object' ? options : {};
    var numeric = o.numeric === true, sensitivity = o.sensitivity || 'variant';
    var baseA = replaceText(normalize(StringC(a), 'NFD'), MARKS, ''), baseB = replaceText(normalize(StringC(b), 'NFD'), MARKS, '');
    var primary = compareRuns(runs(baseA, numeric), runs(baseB, numeric));
    if (primary !== 0 || sensitivity === 'base') return primary;
    var accents = compareRuns(runs(lower(normalize(StringC(a), 'NFD')), numeric), runs(lower(normalize(StringC(b), 'NFD')), numeric));
    if (accents !== 0 || sensitivity === 'accent') return accents;
    // Tertiary: lowercase before uppercase, as ICU does.
    var na = normalize(StringC(a), 'NFD'), nb = normalize(StringC(b), 'NFD');
    // With numeric, leading zeros weigh nothing at any level: "x1" and "x01" are equal.
    if (numeric) { na = replaceText(na, LEADING_ZEROS, '$1'); nb = replaceText(nb, LEADING_ZEROS, '$1'); }
    for (var i = 0; i < na.length && i < nb.length; i++) {
      var ca = na[i], cb = nb[i];
      if (ca === cb) continue;
      var la = lower(ca) === ca && upper(ca) !== ca, lb = lower(cb) === cb && upper(cb) !== cb;
      if (la !== lb) return la ? -1 : 1;
      return strCode(ca, 0) < strCode(cb, 0) ? -1 : 1;
    }
    return na.length === nb.length ? 0 : na.length < nb.length ? -1 : 1;
  }
  function localeCompare(that, locales, options) {
    noticed(options || (locales !== undefined && locales !== 'en' && locales !== 'en-US') ? 'locale-options' : 'locale-compare');
    return collate(StringC(this), StringC(that), options);
  }
  Object.defineProperty(SP, 'localeCompare', { value: localeCompare, writable: true, configurable: true });
  function groupDigits(text) {
    var out = '', n = 0;
    for (var i = text.length - 1; i >= 0; i--) { out = text[i] + (n > 0 && n % 3 === 0 ? ',' : '') + out; n++; }
    return out;
  }
  var nativeToFixed = Function.prototype.call.bind(NP.toFixed);
  function toLocaleString(locales, options) {
    var v = +this;
    noticed(options || (locales !== undefined && locales !== 'en' && locales !== 'en-US') ? 'locale-options' : 'locale-number');
    if (v !== v) return 'NaN';
    if (v === Infinity || v === -Infinity) return v > 0 ? '∞' : '-∞';
    var fixed = nativeToFixed(Math.abs(v), 3), dot = fixed.indexOf('.');
    var whole = fixed.slice(0, dot), frac = replaceText(fixed.slice(dot + 1), /0+$/, '');
    var text = groupDigits(whole) + (frac ? '.' + frac : '');
    return (v < 0 && text !== '0' ? '-' : '') + text;
  }
  Object.defineProperty(NP, 'toLocaleString', { value: toLocaleString, writable: true, configurable: true });
  Object.defineProperty(SP, 'toLocaleUpperCase', { value: function toLocaleUpperCase(locale) { if (locale !== undefined) noticed('locale-options'); return nativeToLocaleUpper.call(this); }, writable: true, configurable: true });
  Object.defineProperty(SP, 'toLocaleLowerCase', { value: function toLocaleLowerCase(locale) { if (locale !== undefined) noticed('locale-options'); return nativeToLocaleLower.call(this); }, writable: true, configurable: true });
  function Collator(locales, options) {
    if (!(this instanceof Collator)) return new Collator(locales, options);
    noticed(options || (locales !== undefined && locales !== 'en' && locales !== 'en-US') ? 'locale-options' : 'intl');
    var o = options;
    this.compare = function (a, b) { return collate(StringC(a), StringC(b), o); };
  }
  Collator.prototype.resolvedOptions = function () { return { locale: 'en-US', usage: 'sort', sensitivity: 'variant', numeric: false }; };
  function unsupported(name) {
    return function () { noticed('intl-missing'); throw new TypeError('Intl.' + name + ' is not available in this sandbox (QuickJS has no Intl); format the value yourself'); };
  }
  G.Intl = { Collator: Collator, NumberFormat: unsupported('NumberFormat'), DateTimeFormat: unsupported('DateTimeFormat'), PluralRules: unsupported('PluralRules'), RelativeTimeFormat: unsupported('RelativeTimeFormat'), ListFormat: unsupported('ListFormat'), Segmenter: unsupported('Segmenter') };

`;

const PRELUDE_CONSOLE = String.raw`  // console.* formats values the way a developer expects and hands one line to the host.
  function show(v, depth, seen) {
    if (typeof v === 'string') return depth === 0 ? v : stringify(v);
    if (v === undefined) return 'undefined';
    if (v === null || typeof v === 'number' || typeof v === 'boolean') return StringC(v);
    if (typeof v === 'bigint') return StringC(v) + 'n';
    if (typeof v === 'symbol') return v.toString();
    if (typeof v === 'function') return '[Function ' + (v.name || 'anonymous') + ']';
    if (seen.indexOf(v) !== -1) return '[Circular]';
    if (v instanceof ErrorC) return v.name + ': ' + v.message;
    if (depth > 4) return isArray(v) ? '[Array]' : '[Object]';
    seen = seen.concat([v]);
    var parts = [];
    if (isArray(v)) {
      for (var i = 0; i < v.length && i < 100; i++) parts.push(show(v[i], depth + 1, seen));
      if (v.length > 100) parts.push('... ' + (v.length - 100) + ' more items');
      return '[' + parts.join(', ') + ']';
    }
    if (v instanceof SetC) {
      v.forEach(function (x) { if (parts.length < 100) parts.push(show(x, depth + 1, seen)); });
      return 'Set(' + v.size + ') {' + parts.join(', ') + '}';
    }
    if (v instanceof MapC) {
      v.forEach(function (x, k) { if (parts.length < 100) parts.push(show(k, depth + 1, seen) + ' => ' + show(x, depth + 1, seen)); });
      return 'Map(' + v.size + ') {' + parts.join(', ') + '}';
    }
    if (v instanceof DateC) return v.toISOString();
    var ks = keysOf(v);
    for (var j = 0; j < ks.length && j < 100; j++) parts.push(ks[j] + ': ' + show(v[ks[j]], depth + 1, seen));
    return parts.length ? '{ ' + parts.join(', ') + ' }' : '{}';
  }
  function logger(level) {
    return function () {
      var parts = [];
      for (var i = 0; i < arguments.length; i++) parts.push(show(arguments[i], 0, []));
      hostLog(level, parts.join(' '));
    };
  }
  var consoleObject = { log: logger('log'), info: logger('info'), warn: logger('warn'), error: logger('error'), debug: logger('log') };
  G.console = consoleObject;

`;

/**
 * The end of the prelude: the CommonJS hand-over (`module.exports = f`, `exports.f = f`… work in every
 * file: `module` and `exports` are configurable globals, so a file that declares its own `module`
 * still loads), then the built-ins the host needs to call the function and read its answer,
 * captured before the user's code can replace them.
 */
const PRELUDE_END = String.raw`  var hostModule = { exports: {} };
  Object.defineProperty(G, 'module', { value: hostModule, writable: true, configurable: true });
  Object.defineProperty(G, 'exports', { value: hostModule.exports, writable: true, configurable: true });
  return { parse: parse, apply: Reflect.apply, Set: SetC, Map: MapC, Promise: Promise, Error: ErrorC };
})`;

/** Code without the word `console` cannot reach it but by building the name: it gets a plain console. */
const PRELUDE_PLAIN_CONSOLE = String.raw`  function plain(level) { return function () { var t = ''; for (var i = 0; i < arguments.length; i++) t += (i ? ' ' : '') + StringC(arguments[i]); hostLog(level, t); }; }
  G.console = { log: plain('log'), info: plain('info'), warn: plain('warn'), error: plain('error'), debug: plain('log') };
`;

/**
 * Code that may meet QuickJS's locale gaps: it names a locale-aware method or Intl, as a whole word
 * (not "UnboundLocalError" in the Python runtime, nor "printLine").
 */
const LOCALE_WORDS = /\b(?:localeCompare|toLocale[A-Za-z]*|Intl|Collator)\b/;

/**
 * The prelude for one piece of code. Parts the code cannot reach without building a name at run
 * time are left out, since parsing them is most of a fresh context's start-up: the fixed clock
 * unless it names `Date` (then there is no clock at all), the locale emulation unless it names a
 * locale-aware method or Intl, console formatting unless it names `console`, and each built-in
 * charge unless it names that built-in (builtin-charges.ts). Code that reaches them by a built name
 * (`s['locale' + 'Compare']`) gets QuickJS's own behaviour, uncharged.
 */
export function preludeFor(code: string, options: { chargeBuiltins?: boolean } = {}): string {
  const key = `${options.chargeBuiltins === false ? 0 : 1}${code}`;
  if (lastPrelude?.key !== key) lastPrelude = { key, source: assemble(code, options.chargeBuiltins !== false) };
  return lastPrelude.source;
}

/** A job runs one code case after case: its prelude is assembled once. */
let lastPrelude: { key: string; source: string } | undefined;

function assemble(code: string, chargeBuiltins: boolean): string {
  return compact(
    PRELUDE_HEAD +
    (/\bDate\b/.test(code) ? PRELUDE_DATE : PRELUDE_NO_DATE) +
    (LOCALE_WORDS.test(code) ? PRELUDE_LOCALE : '') +
    (code.includes('console') ? PRELUDE_CONSOLE : PRELUDE_PLAIN_CONSOLE) +
    (chargeBuiltins ? builtinChargesFor(code) : '') +
    PRELUDE_END,
  );
}

/** Drops comment lines and indentation: QuickJS reads every character of every fresh context's prelude. */
function compact(source: string): string {
  return source.replace(/^[ \t]*\/\/.*\n/gm, '').replace(/\n[ \t]+/g, '\n');
}

/** The whole prelude, every part included (for measuring and tests). */
export const PRELUDE_SOURCE = preludeFor('console localeCompare Date', { chargeBuiltins: false });
