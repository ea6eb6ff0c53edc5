import { BUILTIN_CHARGES_SOURCE } from './builtin-charges';
import { MAX_ANSWER_DEPTH, SANDBOX_EPOCH_MS, SANDBOX_RANDOM_SEED } from './limits';

/**
 * Source of the code that runs in every fresh sandbox before the user's code.
 *
 * It evaluates to a function `(hostLog, hostAlive, hostNotice, hostWork) => harness`; with
 * `hostWork`, built-ins charge their work to the budget (builtin-charges.ts). The harness captures the built-ins it needs
 * before user code runs, so a solution that tampers with `JSON` or `Array.prototype` can only
 * change its own answer, never how the judge reads that answer.
 *
 * harness('call', fn, inputJson, maxChars, watchedJson) calls the function and returns "done" or
 * "pending" (a Promise); harness('collect') says whether it has settled; harness('encode') returns
 * the envelope as JSON text (see `Envelope` in sandbox.ts). `watchedJson` lists the argument
 * indexes whose state after the call the host wants back (read-only inputs).
 */
const PRELUDE_HEAD = String.raw`(function (hostLog, hostAlive, hostNotice, hostWork) {
  'use strict';
  var G = globalThis;
  var stringify = JSON.stringify, parse = JSON.parse;
  var isArray = Array.isArray, getProto = Object.getPrototypeOf, keysOf = Object.keys;
  var ObjectProto = Object.prototype, ArrayProto = Array.prototype;
  var hasOwn = Function.prototype.call.bind(Object.prototype.hasOwnProperty);
  var apply = Function.prototype.call.bind(Function.prototype.apply);
  var promiseThen = Function.prototype.call.bind(Promise.prototype.then);
  var isPromise = function (v) { return v instanceof Promise; };
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

  // A fixed clock: the same date on every run, in the CLI and in the browser.
  var FIXED_NOW = ${SANDBOX_EPOCH_MS};
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
  var SP = String.prototype;
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

const PRELUDE_TAIL = String.raw`  // console.* formats values the way a developer expects and hands one line to the host.
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

  // The user's answer becomes JSON text here, or a reason why it cannot. The text is built by
  // concatenation from primitives only: JSON.stringify of a primitive string or number never looks
  // up toJSON, and nothing here calls a prototype method the user's code could have replaced, so
  // the answer's own getters can only change the answer, never the envelope around it.
  var createNull = Object.create.bind(null, null);
  var strSlice = Function.prototype.call.bind(String.prototype.slice);
  var MAX_DEPTH = ${MAX_ANSWER_DEPTH};
  function Refusal(kind, reason) { this.kind = kind; this.reason = reason; }
  function at(path) { return path ? ' at ' + path : ''; }
  // Encoding few but large items takes no interrupt polls; a tick now and then tells the watchdog it is alive.
  var ticks = 0;
  function tick() { if ((++ticks & 63) === 0) hostAlive(); }
  function encoder(maxChars) {
    // Path segments are kept apart and joined only for a message: building "[123].id" for every
    // element would cost more than encoding it.
    var stack = createNull(), segs = createNull(), depth = 0, size = 0;
    function path() {
      var p = '';
      for (var k = 0; k < depth; k++) p += typeof segs[k] === 'number' ? '[' + segs[k] + ']' : '.' + segs[k];
      return p;
    }
    function grow(n) {
      size += n;
      if (size > maxChars) throw new Refusal('too-large', 'more than ' + maxChars + ' characters of JSON');
    }
    // "the list you returned has undefined at position 0": words a PM reads without a debugger.
    function refuse(what, rest) {
      var where;
      if (depth === 0) where = 'your function returned ' + what;
      else if (depth === 1 && typeof segs[0] === 'number' && isArray(stack[0])) where = 'the list you returned has ' + what + ' at position ' + segs[0];
      else if (depth === 1) where = 'the object you returned has ' + what + ' under the key ' + stringify(segs[0]);
      else where = 'your answer has ' + what + ' at ' + path();
      throw new Refusal('not-json', where + (rest === undefined ? '' : rest));
    }
    function encode(v) {
      if (v === null) { grow(4); return 'null'; }
      var t = typeof v;
      if (t === 'string') { grow(v.length + 2); var q = stringify(v); grow(q.length - v.length - 2); return q; }
      if (t === 'number') {
        if (v !== v) refuse('\`NaN\`', ', which is not a valid answer (a division by zero, or arithmetic on a missing value?)');
        if (v === Infinity || v === -Infinity) refuse(v > 0 ? '\`Infinity\`' : '\`-Infinity\`', ', which is not a valid answer (a division by zero?)');
        var num = v === 0 ? '0' : stringify(v);
        grow(num.length);
        return num;
      }
      if (t === 'boolean') { grow(5); return v ? 'true' : 'false'; }
      if (t === 'undefined') refuse('\`undefined\`', depth === 0 ? ': did it forget to return its result?' : ' (a missing value: an index past the end, or a key that does not exist?)');
      if (t === 'function') refuse('a function', '; return data instead');
      if (t === 'bigint') refuse('a BigInt', '; return a plain Number');
      if (t === 'symbol') refuse('a Symbol', '; return a string instead');
      if (v instanceof SetC) refuse('a Set', '; convert it to a list with [...set]');
      if (v instanceof MapC) refuse('a Map', '; convert it to an object with Object.fromEntries(map)');
      if (isPromise(v)) refuse('a Promise', '; await it before returning');
      for (var k = 0; k < depth; k++) if (stack[k] === v) refuse('a value that contains itself', ' (a list or object put inside itself)');
      if (depth >= MAX_DEPTH) throw new Refusal('too-deep', 'data nested more than ' + MAX_DEPTH + ' levels deep');
      stack[depth] = v;
      var out;
      if (isArray(v)) {
        var n = v.length;
        out = '[';
        grow(n + 1);
        depth++;
        for (var i = 0; i < n; i++) {
          segs[depth - 1] = i;
          tick();
          out += (i > 0 ? ',' : '') + encode(v[i]);
        }
        depth--;
        out += ']';
      } else {
        var ks = keysOf(v), first = true;
        out = '{';
        grow(2);
        depth++;
        for (var j = 0; j < ks.length; j++) {
          var key = ks[j], x = v[key];
          if (x === undefined) continue;
          segs[depth - 1] = key;
          tick();
          var ek = stringify(key);
          grow(ek.length + 2);
          out += (first ? '' : ',') + ek + ':' + encode(x);
          first = false;
        }
        depth--;
        out += '}';
      }
      stack[depth] = undefined;
      return out;
    }
    return encode;
  }
  function describeError(e) {
    // QuickJS out of memory throws null when it cannot even build an Error ("throw JS_NULL to
    // avoid recursing"): report it as what it almost always is.
    if (e === null) return '{"name":"InternalError","message":"out of memory","stack":"","thrownValue":false,"nullThrown":true}';
    var isError = e instanceof ErrorC, name = '', message, stack = '';
    try {
      if (isError) { name = StringC(e.name); message = StringC(e.message); stack = StringC(e.stack || ''); }
      else message = typeof e === 'object' && e !== null ? stringify(e) : StringC(e);
    } catch (_) { message = '[unprintable value]'; }
    if (typeof message !== 'string') message = StringC(message);
    return '{"name":' + stringify(strSlice(name, 0, 100)) + ',"message":' + stringify(strSlice(message, 0, 500)) +
      ',"stack":' + stringify(strSlice(stack, 0, 2000)) + ',"thrownValue":' + (isError ? 'false' : 'true') + '}';
  }
  /** The watched arguments as they are after the call: JSON text, or null where they are no longer JSON. */
  function snapshot(args, watched, maxChars) {
    var out = '[';
    for (var i = 0; i < watched.length; i++) {
      var text;
      try { text = stringify(encoder(maxChars)(args[watched[i]])); } catch (_) { text = 'null'; }
      out += (i > 0 ? ',' : '') + text;
    }
    return out + ']';
  }
  function envelope(value, args, watched, maxChars) {
    var after = snapshot(args, watched, maxChars);
    try {
      return '{"kind":"returned","json":' + stringify(encoder(maxChars)(value)) + ',"after":' + after + '}';
    } catch (e) {
      if (e instanceof Refusal) return '{"kind":' + stringify(e.kind) + ',"reason":' + stringify(e.reason) + ',"after":' + after + '}';
      throw e;
    }
  }
  function threw(e) { return '{"kind":"threw","error":' + describeError(e) + '}'; }
${BUILTIN_CHARGES_SOURCE}
  // Calling and encoding are two steps so the host can charge the user's work and the encoding of
  // the answer to separate budgets.
  var args, watched, maxChars, state = 'idle', outcome, reply;
  return function harness(action, fn, inputJson, maxCharsArg, watchedJson) {
    if (action === 'call') {
      args = parse(inputJson);
      watched = parse(watchedJson);
      maxChars = maxCharsArg;
      var result;
      try {
        result = apply(fn, undefined, args);
      } catch (e) {
        state = 'threw';
        reply = threw(e);
        return 'done';
      }
      if (!isPromise(result)) {
        state = 'returned';
        outcome = result;
        return 'done';
      }
      state = 'pending';
      promiseThen(result,
        function (v) { state = 'returned'; outcome = v; },
        function (e) { state = 'threw'; reply = threw(e); });
      return 'pending';
    }
    if (action === 'collect') return state === 'pending' ? 'pending' : 'done';
    // action === 'encode'
    if (state === 'threw') return reply;
    return envelope(outcome, args, watched, maxChars);
  };
})`;

/** Code that may meet QuickJS's locale gaps: it names a locale-aware method or Intl. */
const LOCALE_WORDS = /locale|Intl|Collator/i;

/**
 * The prelude for one piece of code: the locale emulation is included only when the code names a
 * locale-aware method or Intl, since parsing it is a large share of a sandbox's start-up. Code that
 * reaches them without naming them (\`s['locale' + 'Compare']\`) gets QuickJS's own behaviour.
 */
export function preludeFor(code: string): string {
  return LOCALE_WORDS.test(code) ? PRELUDE_SOURCE : PRELUDE_LEAN;
}

export const PRELUDE_SOURCE = PRELUDE_HEAD + PRELUDE_LOCALE + PRELUDE_TAIL;
const PRELUDE_LEAN = PRELUDE_HEAD + PRELUDE_TAIL;

