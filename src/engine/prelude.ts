import { SANDBOX_EPOCH_MS, SANDBOX_RANDOM_SEED } from './limits';

/**
 * Source of the code that runs in every fresh sandbox before the user's code.
 *
 * It evaluates to a function `(hostLog) => harness`. The harness captures the built-ins it needs
 * before user code runs, so a solution that tampers with `JSON` or `Array.prototype` can only
 * change its own answer, never how the judge reads that answer.
 *
 * harness('call', fn, inputJson, maxChars) and harness('collect', maxChars) return an envelope as a
 * JSON string: {"ok":true,"json":"..."} | {"ok":false,"kind":...,"reason":...} | "pending".
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

  // The user's answer becomes plain JSON here, or a reason why it cannot.
  function NotJson(reason) { this.reason = reason; }
  function at(path) { return path ? ' at ' + path : ''; }
  function toPlain(v, path, stack) {
    if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
    if (typeof v === 'number') {
      if (v !== v) throw new NotJson('NaN' + at(path) + ' is not a valid answer (a division by zero or a missing value?)');
      if (v === Infinity || v === -Infinity) throw new NotJson(StringC(v) + at(path) + ' is not a valid answer');
      return v === 0 ? 0 : v;
    }
    if (v === undefined) throw new NotJson('undefined' + at(path) + (path ? '' : ': did the function forget to return its result?'));
    if (typeof v === 'function') throw new NotJson('a function' + at(path) + ' cannot be compared; return data instead');
    if (typeof v === 'bigint') throw new NotJson('a BigInt' + at(path) + ' cannot be compared; return a Number');
    if (typeof v === 'symbol') throw new NotJson('a Symbol' + at(path) + ' cannot be compared');
    if (v instanceof SetC) throw new NotJson('a Set' + at(path) + ': convert it to an array with [...set]');
    if (v instanceof MapC) throw new NotJson('a Map' + at(path) + ': convert it to an object with Object.fromEntries(map)');
    if (isPromise(v)) throw new NotJson('a Promise' + at(path) + ': await it before returning');
    if (stack.indexOf(v) !== -1) throw new NotJson('a value that contains itself' + at(path));
    if (stack.length > 64) throw new NotJson('data nested more than 64 levels deep' + at(path));
    stack.push(v);
    var out;
    if (isArray(v)) {
      out = [];
      for (var i = 0; i < v.length; i++) out.push(toPlain(v[i], path + '[' + i + ']', stack));
    } else {
      out = {};
      var ks = keysOf(v);
      for (var j = 0; j < ks.length; j++) {
        var x = v[ks[j]];
        if (x !== undefined) out[ks[j]] = toPlain(x, path + '.' + ks[j], stack);
      }
    }
    stack.pop();
    return out;
  }
  function describeError(e) {
    if (e instanceof ErrorC) return { name: StringC(e.name), message: StringC(e.message), stack: StringC(e.stack || '') };
    var text;
    try { text = typeof e === 'object' && e !== null ? stringify(e) : StringC(e); } catch (_) { text = '[unprintable value]'; }
    return { name: '', message: StringC(text), stack: '', thrownValue: true };
  }
  function envelope(value, maxChars) {
    try {
      var json = stringify(toPlain(value, '', []));
      if (json.length > maxChars) return stringify({ ok: false, kind: 'too-large', reason: 'the answer is ' + json.length + ' characters of JSON' });
      return stringify({ ok: true, json: json });
    } catch (e) {
      if (e instanceof NotJson) return stringify({ ok: false, kind: 'not-json', reason: e.reason });
      throw e;
    }
  }
  var settled = null;
  return function harness(action, fn, inputJson, maxChars) {
    if (action === 'collect') return settled === null ? '"pending"' : settled;
    var args = parse(inputJson);
    var result;
    try {
      result = apply(fn, undefined, args);
    } catch (e) {
      return stringify({ ok: false, kind: 'threw', error: describeError(e) });
    }
    if (!isPromise(result)) return envelope(result, maxChars);
    promiseThen(result,
      function (v) { settled = envelope(v, maxChars); },
      function (e) { settled = stringify({ ok: false, kind: 'threw', error: describeError(e) }); });
    return '"pending"';
  };
})`;
