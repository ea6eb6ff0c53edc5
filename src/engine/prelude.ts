import { MAX_ANSWER_DEPTH, SANDBOX_EPOCH_MS, SANDBOX_RANDOM_SEED } from './limits';

/**
 * Source of the code that runs in every fresh sandbox before the user's code.
 *
 * It evaluates to a function `(hostLog) => harness`. The harness captures the built-ins it needs
 * before user code runs, so a solution that tampers with `JSON` or `Array.prototype` can only
 * change its own answer, never how the judge reads that answer.
 *
 * harness('call', fn, inputJson, maxChars, watchedJson) calls the function and returns "done" or
 * "pending" (a Promise); harness('collect') says whether it has settled; harness('encode') returns
 * the envelope as JSON text (see `Envelope` in sandbox.ts). `watchedJson` lists the argument
 * indexes whose state after the call the host wants back (read-only inputs).
 */
export const PRELUDE_SOURCE = String.raw`(function (hostLog) {
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

  // console.* formats values the way a developer expects and hands one line to the host.
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
    function refuse(what, rest) {
      var p = path();
      throw new Refusal('not-json', what + at(p) + (rest === undefined ? '' : rest));
    }
    function encode(v) {
      if (v === null) { grow(4); return 'null'; }
      var t = typeof v;
      if (t === 'string') { var q = stringify(v); grow(q.length); return q; }
      if (t === 'number') {
        if (v !== v) refuse('NaN', ' is not a valid answer (a division by zero or a missing value?)');
        if (v === Infinity || v === -Infinity) refuse(v > 0 ? 'Infinity' : '-Infinity', ' is not a valid answer');
        var num = v === 0 ? '0' : stringify(v);
        grow(num.length);
        return num;
      }
      if (t === 'boolean') { grow(5); return v ? 'true' : 'false'; }
      if (t === 'undefined') refuse('undefined', depth === 0 ? ': did the function forget to return its result?' : undefined);
      if (t === 'function') refuse('a function', ' cannot be compared; return data instead');
      if (t === 'bigint') refuse('a BigInt', ' cannot be compared; return a Number');
      if (t === 'symbol') refuse('a Symbol', ' cannot be compared');
      if (v instanceof SetC) refuse('a Set', ': convert it to an array with [...set]');
      if (v instanceof MapC) refuse('a Map', ': convert it to an object with Object.fromEntries(map)');
      if (isPromise(v)) refuse('a Promise', ': await it before returning');
      for (var k = 0; k < depth; k++) if (stack[k] === v) refuse('a value that contains itself');
      if (depth >= MAX_DEPTH) throw new Refusal('too-deep', 'data nested more than ' + MAX_DEPTH + ' levels deep' + at(path()));
      stack[depth] = v;
      var out;
      if (isArray(v)) {
        var n = v.length;
        out = '[';
        grow(n + 1);
        depth++;
        for (var i = 0; i < n; i++) {
          segs[depth - 1] = i;
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
