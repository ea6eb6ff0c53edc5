import { MAX_ANSWER_DEPTH } from './limits';

/**
 * Source of the answer reader, evaluated once per sandbox session in a context of its own (the
 * "harness context"), next to the fresh context each case runs in (sandbox.ts). Parsing it once
 * instead of once per case is most of what a case used to cost.
 *
 * It evaluates to a function `(hostAlive) => ({ encode, threw })`. Only the host calls these, after
 * the user's call has finished, with values from the case's context: none of this code's objects is
 * ever handed to the user's code, so nothing a case does can reach it or leave state in it for the
 * next case. It uses its own context's built-ins, which the user's code never sees, so a solution
 * that tampers with `JSON` or `Array.prototype` can only change its own answer, never how it is read.
 *
 * encode(value, args, watchedJson, maxChars, SetB, MapB, PromiseB) returns the envelope (see
 * `Envelope` in sandbox.ts) as JSON text; threw(error, ErrorB, ErrorP) the envelope of a thrown value
 * (ErrorP: the shared Python runtime's Error, or ErrorB again).
 * The `…B` arguments are the case context's own constructors, captured before the user's code ran.
 */
export const HARNESS_SOURCE = String.raw`(function (hostAlive) {
  'use strict';
  var stringify = JSON.stringify, parse = JSON.parse;
  var isArray = Array.isArray, keysOf = Object.keys;
  var createNull = Object.create.bind(null, null);
  var strSlice = Function.prototype.call.bind(String.prototype.slice);
  var StringC = String;
  var MAX_DEPTH = ${MAX_ANSWER_DEPTH};
  // The case context's constructors, set for each call of encode.
  var SetC, MapC, PromiseC;
  function Refusal(kind, reason) { this.kind = kind; this.reason = reason; }
  // Encoding few but large items takes no interrupt polls; a tick now and then tells the watchdog it is alive.
  var ticks = 0;
  function tick() { if ((++ticks & 63) === 0) hostAlive(); }
  // The answer becomes JSON text here, or a reason why it cannot. The text is built by
  // concatenation from primitives only: JSON.stringify of a primitive string or number never looks
  // up toJSON, so the answer's own getters can only change the answer, never the envelope around it.
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
      if (v instanceof PromiseC) refuse('a Promise', '; await it before returning');
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
  function describeError(e, ErrorC, ErrorP) {
    // QuickJS out of memory throws null when it cannot even build an Error ("throw JS_NULL to
    // avoid recursing"): report it as what it almost always is.
    if (e === null) return '{"name":"InternalError","message":"out of memory","stack":"","thrownValue":false,"nullThrown":true}';
    var isError = e instanceof ErrorC || e instanceof ErrorP, name = '', message, stack = '';
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
  function encode(value, args, watchedJson, maxChars, SetB, MapB, PromiseB) {
    SetC = SetB; MapC = MapB; PromiseC = PromiseB;
    try {
      var after = snapshot(args, parse(watchedJson), maxChars);
      try {
        return '{"kind":"returned","json":' + stringify(encoder(maxChars)(value)) + ',"after":' + after + '}';
      } catch (e) {
        if (e instanceof Refusal) return '{"kind":' + stringify(e.kind) + ',"reason":' + stringify(e.reason) + ',"after":' + after + '}';
        throw e;
      }
    } finally {
      SetC = MapC = PromiseC = undefined;
    }
  }
  function threw(e, ErrorB, ErrorP) { return '{"kind":"threw","error":' + describeError(e, ErrorB, ErrorP) + '}'; }
  return { encode: encode, threw: threw };
})`;
