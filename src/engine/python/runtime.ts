import { parse } from 'acorn';

/**
 * The Python runtime library: plain JavaScript that runs inside QuickJS, on line 1 of the
 * translated solution, before the user's code. Every name it defines starts with `$`, which a
 * Python identifier cannot, so it never collides with the user's names.
 *
 * Values: None → null, bool → boolean, int/float → number, str → string, list → Array,
 * tuple → Array whose prototype is $TP (immutable, hashable), dict → $Dict (insertion order),
 * set → $PySet (iterates in reverse insertion order: see $PySet), deque → $Deque.
 *
 * The source is written with explicit semicolons and block comments only, because it is joined
 * into one line (so the user's code keeps its own line numbers).
 */
const SOURCE = String.raw`
var $A = Array, $O = Object, $S = String, $N = Number, $Mp = Map, $Err = Error, $JSON = JSON, $Math = Math;
var $isArr = Array.isArray, $proto = Object.getPrototypeOf, $setProto = Object.setPrototypeOf, $log = console.log;
var $push = Array.prototype.push, $indexOf = Array.prototype.indexOf;
/* For a str or a non-bool number, Python's == is JavaScript's ===, so the native scan can do the work
   (one step for the sandbox's work budget, and charged at its full length when growth is measured). */
function $prim(x) { return typeof x === 'string' || (typeof x === 'number' && x === x); }
var $depth = 0;
var $RL = 0;
var $TP = Object.create(Array.prototype);
$O.defineProperty($TP, 'constructor', { value: Array, writable: true });

function $fixStack(e) {
  if (e && typeof e.stack === 'string') {
    e.stack = e.stack.split('\n').filter(function (l) {
      var m = /solution\.js:(\d+):(\d+)/.exec(l);
      return !(m && m[1] === '1' && +m[2] <= $RL);
    }).join('\n');
  }
  return e;
}
function $err(type, msg) { var e = new $Err(msg); $rename(e, type); return $fixStack(e); }
/* An Error of any context: the judge runs this runtime in a context of its own, whose errors are not instances of the case's Error. */
var $objTag = Object.prototype.toString;
function $isErr(v) { return v !== null && typeof v === 'object' && $objTag.call(v) === '[object Error]'; }
/* Defined, not assigned: an error's name lives on its prototype, which may be frozen (python-realm.ts). */
function $rename(e, name) { $O.defineProperty(e, 'name', { value: name, writable: true, configurable: true }); }
function $unbound(name) { throw $err('UnboundLocalError', "cannot access local variable '" + name + "' where it is not associated with a value"); }
function $unavailable(name, why) { throw $err('NameError', "'" + name + "' is not available here: " + why); }
function $nameError(name) { throw $err('NameError', "name '" + name + "' is not defined"); }
function $pyError(e) {
  if (!$isErr(e)) return e;
  if (e.message === 'stack overflow') { $rename(e, 'RecursionError'); e.message = 'stack overflow'; return $fixStack(e); }
  if (e.name === 'TypeError') {
    var m = /cannot read property '([^']*)' of (null|undefined)/.exec(e.message);
    if (m) e.message = "'NoneType' object has no attribute '" + m[1] + "'";
    else if (/not a function/.test(e.message)) e.message = 'this value is not callable: only functions can be called with ( )';
    else if (/not an object|null or undefined/.test(e.message)) e.message = "'NoneType' object is not subscriptable";
  }
  if (e.name === 'RangeError' && /invalid array length/.test(e.message)) return e;
  return $fixStack(e);
}

function $typeName(v) {
  if (v === null || v === undefined) return 'NoneType';
  var t = typeof v;
  if (t === 'boolean') return 'bool';
  if (t === 'number') return $N.isInteger(v) ? 'int' : 'float';
  if (t === 'bigint') return 'int';
  if (t === 'string') return 'str';
  if (t === 'function') return 'function';
  if ($isArr(v)) return $proto(v) === $TP ? 'tuple' : 'list';
  if (v instanceof $Dict) return v.kind;
  if (v instanceof $PySet) return 'set';
  if (v instanceof $Deque) return 'deque';
  return 'object';
}
function $isTuple(v) { return $isArr(v) && $proto(v) === $TP; }
function $tup(a) { $setProto(a, $TP); return a; }

/* Hashing: primitive keys stand for themselves; tuples become a tagged string. */
function $hkPart(k) {
  var t = typeof k;
  if (t === 'number') return 'n' + k;
  if (t === 'string') return 's' + k.length + ':' + k;
  if (t === 'boolean') return 'n' + (k ? 1 : 0);
  if (t === 'bigint') return 'n' + $S(k);
  if (k === null) return 'N';
  if ($isTuple(k)) { var p = []; for (var i = 0; i < k.length; i++) p.push($hkPart(k[i])); return '(' + p.join(',') + ')'; }
  throw $err('TypeError', "unhashable type: '" + $typeName(k) + "'");
}
function $hk(k) {
  var t = typeof k;
  if (t === 'number' || k === null) return k;
  if (t === 'string') return k.charCodeAt(0) === 1 ? '\u0001' + $hkPart(k) : k;
  if (t === 'boolean') return k ? 1 : 0;
  return '\u0001' + $hkPart(k);
}

function $Dict(kind) { this.m = new $Mp(); this.o = null; this.kind = kind || 'dict'; this.dflt = null; }
$Dict.prototype.has = function (k) { return this.m.has($hk(k)); };
$Dict.prototype.get = function (k) { return this.m.get($hk(k)); };
$Dict.prototype.set = function (k, v) {
  var h = $hk(k);
  if (h !== k && !this.m.has(h)) { if (!this.o) this.o = new $Mp(); this.o.set(h, k); }
  this.m.set(h, v);
};
$Dict.prototype.del = function (k) { var h = $hk(k); if (this.o) this.o.delete(h); return this.m.delete(h); };
$Dict.prototype.key = function (h) { return this.o && this.o.has(h) ? this.o.get(h) : h; };
$Dict.prototype.keys = function () { var r = [], o = this.o; this.m.forEach(function (v, h) { r.push(o && o.has(h) ? o.get(h) : h); }); return r; };
$Dict.prototype.missing = function (k) {
  if (this.dflt) { var v = this.dflt(); this.set(k, v); return v; }
  if (this.kind === 'Counter') return 0;
  throw $err('KeyError', $repr(k));
};
function $newDict(pairs, kind) {
  var d = new $Dict(kind);
  for (var i = 0; i < pairs.length; i++) d.set(pairs[i][0], pairs[i][1]);
  return d;
}

function $PySet(items) { this.m = new $Mp(); this.sv = null; if (items) for (var i = 0; i < items.length; i++) this.add(items[i]); }
$PySet.prototype.add = function (x) { var h = $hk(x); if (!this.m.has(h)) { this.m.set(h, x); this.sv = null; } };
$PySet.prototype.has = function (x) { return this.m.has($hk(x)); };
$PySet.prototype.del = function (x) { var ok = this.m.delete($hk(x)); if (ok) this.sv = null; return ok; };
/* A Python set has no order; here it always iterates in reverse insertion order: the same on every
   machine, O(n), and neither insertion nor sorted order, so code that relies on a set keeping the
   order items came in (or on CPython happening to list small ints sorted) is caught, not passed by luck. */
$PySet.prototype.items = function () {
  var r = new $A(this.m.size), i = this.m.size;
  this.m.forEach(function (v) { r[--i] = v; });
  return r;
};
function $rank(v) { return v === null ? 0 : typeof v === 'boolean' || typeof v === 'number' ? 1 : typeof v === 'string' ? 2 : 3; }
function $cmpTotal(a, b) {
  var ra = $rank(a), rb = $rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 3) { for (var i = 0; i < a.length && i < b.length; i++) { var c = $cmpTotal(a[i], b[i]); if (c) return c; } return a.length - b.length; }
  return a < b ? -1 : a > b ? 1 : 0;
}

function $Deque(items, maxlen) { this.a = items ? items.slice() : []; this.h = 0; this.max = maxlen == null ? -1 : maxlen; this.trim(true); }
$Deque.prototype.len = function () { return this.a.length - this.h; };
$Deque.prototype.items = function () { return this.a.slice(this.h); };
$Deque.prototype.compact = function () { if (this.h > 32 && this.h * 2 > this.a.length) { this.a = this.a.slice(this.h); this.h = 0; } };
$Deque.prototype.trim = function (fromLeft) { while (this.max >= 0 && this.len() > this.max) { if (fromLeft) this.h++; else this.a.pop(); } this.compact(); };

/* Truthiness and equality, as Python defines them. */
function $truthy(v) {
  if (v === null || v === undefined || v === false || v === 0 || v === '') return false;
  if (typeof v !== 'object') return v === v;
  if ($isArr(v)) return v.length > 0;
  return $len(v) > 0;
}
function $eq(a, b) {
  if (a === b) return true;
  var ta = typeof a, tb = typeof b;
  if (ta !== 'object' || tb !== 'object' || a === null || b === null) {
    if ((ta === 'boolean' && tb === 'number') || (ta === 'number' && tb === 'boolean')) return +a === +b;
    if (ta === 'bigint' || tb === 'bigint') return (ta === 'bigint' || ta === 'number') && (tb === 'bigint' || tb === 'number') && a == b;
    return false;
  }
  if ($isArr(a)) {
    if (!$isArr(b) || $isTuple(a) !== $isTuple(b) || a.length !== b.length) return false;
    for (var i = 0; i < a.length; i++) if (!$eq(a[i], b[i])) return false;
    return true;
  }
  if (a instanceof $Dict) {
    if (!(b instanceof $Dict) || a.m.size !== b.m.size) return false;
    var ok = true;
    a.m.forEach(function (v, h) { if (ok && (!b.m.has(h) || !$eq(v, b.m.get(h)))) ok = false; });
    return ok;
  }
  if (a instanceof $PySet) {
    if (!(b instanceof $PySet) || a.m.size !== b.m.size) return false;
    var all = true;
    a.m.forEach(function (v, h) { if (all && !b.m.has(h)) all = false; });
    return all;
  }
  if (a instanceof $Deque) return b instanceof $Deque && $eq(a.items(), b.items());
  return false;
}
function $ne(a, b) { return !$eq(a, b); }
function $cmp(a, b, op) {
  var ta = typeof a, tb = typeof b;
  if ((ta === 'number' || ta === 'boolean' || ta === 'bigint') && (tb === 'number' || tb === 'boolean' || tb === 'bigint')) return a < b ? -1 : a > b ? 1 : 0;
  if (ta === 'string' && tb === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if ($isArr(a) && $isArr(b) && $isTuple(a) === $isTuple(b)) {
    for (var i = 0; i < a.length && i < b.length; i++) { if (!$eq(a[i], b[i])) return $cmp(a[i], b[i], op); }
    return a.length - b.length;
  }
  if (a instanceof $PySet && b instanceof $PySet) {
    var sub = $setLe(a, b), sup = $setLe(b, a);
    return sub && sup ? 0 : sub ? -1 : sup ? 1 : NaN;
  }
  throw $err('TypeError', "'" + op + "' not supported between instances of '" + $typeName(a) + "' and '" + $typeName(b) + "'");
}
function $setLe(a, b) { var ok = true; a.m.forEach(function (v, h) { if (!b.m.has(h)) ok = false; }); return ok; }
function $lt(a, b) { return typeof a === 'number' && typeof b === 'number' ? a < b : $cmp(a, b, '<') < 0; }
function $le(a, b) { return typeof a === 'number' && typeof b === 'number' ? a <= b : $cmp(a, b, '<=') <= 0; }
function $gt(a, b) { return typeof a === 'number' && typeof b === 'number' ? a > b : $cmp(a, b, '>') > 0; }
function $ge(a, b) { return typeof a === 'number' && typeof b === 'number' ? a >= b : $cmp(a, b, '>=') >= 0; }
/* True when a non-number equal to the number x (True for 1, a big int) sits in a[from..to). */
function $firstEqualBefore(a, x, from, to) { for (var i = from; i < to; i++) if (typeof a[i] !== 'number' && $eq(a[i], x)) return true; return false; }
function $contains(c, x) {
  if ($isArr(c)) {
    if ($prim(x)) { var at = $indexOf.call(c, x); if (at !== -1) return true; if (typeof x === 'string') return false; }
    for (var i = 0; i < c.length; i++) if (c[i] === x || $eq(c[i], x)) return true;
    return false;
  }
  if (typeof c === 'string') {
    if (typeof x !== 'string') throw $err('TypeError', "'in <string>' requires string as left operand, not " + $typeName(x));
    return c.indexOf(x) !== -1;
  }
  if (c instanceof $Dict || c instanceof $PySet) return c.m.has($hk(x));
  if (c instanceof $Deque) return $contains(c.items(), x);
  throw $err('TypeError', "argument of type '" + $typeName(c) + "' is not iterable");
}

/* \`x in c\` is emitted as $C.includes(c, x): a call the growth measurement tags with the user's line,
   so the scan of a list is charged to that line rather than to the runtime's. */
var $C = { includes: function (c, x) { return $contains(c, x); } };

/* Arithmetic with Python's meaning. */
var $MAXI = 9007199254740991;
function $num(v, op, other) {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return $N(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw $err('TypeError', "unsupported operand type(s) for " + op + ": '" + $typeName(v) + "' and '" + $typeName(other) + "'");
}
/* Integers stay exact past 2**53, as in Python: such results become BigInt, and come back to
   Number as soon as they fit again. Floats stay floats. */
function $isInt(v) { return typeof v === 'bigint' || (typeof v === 'number' && $N.isInteger(v)) || typeof v === 'boolean'; }
function $B(v) { return typeof v === 'bigint' ? v : BigInt(+v); }
function $norm(b) { return b <= 9007199254740991n && b >= -9007199254740991n ? $N(b) : b; }
function $big(r, a, b, op) {
  if (r > $MAXI || r < -$MAXI || typeof a === 'bigint' || typeof b === 'bigint') {
    if (!$isInt(a) || !$isInt(b)) return $N(r);
    var x = $B(a), y = $B(b);
    if (op === '+') return $norm(x + y);
    if (op === '-') return $norm(x - y);
    if (op === '*') return $norm(x * y);
    if (op === '**') return y < 0n ? $Math.pow($N(x), $N(y)) : $norm(x ** y);
  }
  return r;
}
function $bigDiv(a, b, mod) {
  var x = $B(a), y = $B(b), q = x / y, r = x % y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) { q -= 1n; r += y; }
  return $norm(mod ? r : q);
}
function $add(a, b) {
  var ta = typeof a, tb = typeof b;
  if (ta === 'number' && tb === 'number') { var r = a + b; return r > $MAXI || r < -$MAXI ? $big(r, a, b, '+') : r; }
  if (ta === 'bigint' || tb === 'bigint') return $big($num(a, '+', b) + $num(b, '+', a), a, b, '+');
  if (ta === 'string' && tb === 'string') return a + b;
  if (ta === 'string' || tb === 'string') throw $err('TypeError', ta === 'string' ? 'can only concatenate str (not "' + $typeName(b) + '") to str' : "unsupported operand type(s) for +: '" + $typeName(a) + "' and 'str'");
  if ($isArr(a) && $isArr(b) && $isTuple(a) === $isTuple(b)) { var c = a.concat(b); return $isTuple(a) ? $tup(c) : c; }
  if ($isArr(a) || $isArr(b)) throw $err('TypeError', 'can only concatenate ' + $typeName(a) + ' (not "' + $typeName(b) + '") to ' + $typeName(a));
  if (a instanceof $Dict && a.kind === 'Counter' && b instanceof $Dict) { var out = $counterCopy(a); b.m.forEach(function (v, h) { out.set(b.key(h), $add(out.m.has(h) ? out.m.get(h) : 0, v)); }); return out; }
  return $num(a, '+', b) + $num(b, '+', a);
}
function $sub(a, b) {
  if (typeof a === 'number' && typeof b === 'number') { var d = a - b; return d > $MAXI || d < -$MAXI ? $big(d, a, b, '-') : d; }
  if (typeof a === 'bigint' || typeof b === 'bigint') return $big($num(a, '-', b) - $num(b, '-', a), a, b, '-');
  if (a instanceof $PySet && b instanceof $PySet) { var r = new $PySet(); a.m.forEach(function (v, h) { if (!b.m.has(h)) r.add(v); }); return r; }
  return $num(a, '-', b) - $num(b, '-', a);
}
function $mul(a, b) {
  var ta = typeof a, tb = typeof b;
  if (ta === 'number' && tb === 'number') { var r = a * b; return r > $MAXI || r < -$MAXI ? $big(r, a, b, '*') : r; }
  if (ta === 'bigint' || tb === 'bigint') return $big($num(a, '*', b) * $num(b, '*', a), a, b, '*');
  if (ta === 'string' && tb === 'number') return $N.isInteger(b) ? (b > 0 ? a.repeat(b) : '') : $badRepeat(a, b);
  if (tb === 'string' && ta === 'number') return $mul(b, a);
  if ($isArr(a) && tb === 'number') { if (!$N.isInteger(b)) $badRepeat(a, b); var out = []; for (var i = 0; i < b; i++) $push.apply(out, a); return $isTuple(a) ? $tup(out) : out; }
  if ($isArr(b) && ta === 'number') return $mul(b, a);
  return $num(a, '*', b) * $num(b, '*', a);
}
function $badRepeat(a, b) { throw $err('TypeError', "can't multiply sequence by non-int of type '" + $typeName(b) + "'"); }
function $div(a, b) {
  a = $num(a, '/', b); b = $num(b, '/', a);
  if (b === 0) throw $err('ZeroDivisionError', 'division by zero');
  return a / b;
}
function $floordiv(a, b) {
  if (typeof a === 'bigint' || typeof b === 'bigint') { if ($isInt(a) && $isInt(b)) { if (+$N(b) === 0) throw $err('ZeroDivisionError', 'integer division or modulo by zero'); return $bigDiv(a, b, false); } }
  a = $num(a, '//', b); b = $num(b, '//', a);
  if (b === 0) throw $err('ZeroDivisionError', 'integer division or modulo by zero');
  return $Math.floor(a / b);
}
function $mod(a, b) {
  if (typeof a === 'string') return $percentFormat(a, b);
  if (typeof a === 'bigint' || typeof b === 'bigint') { if ($isInt(a) && $isInt(b)) { if (+$N(b) === 0) throw $err('ZeroDivisionError', 'integer division or modulo by zero'); return $bigDiv(a, b, true); } }
  a = $num(a, '%', b); b = $num(b, '%', a);
  if (b === 0) throw $err('ZeroDivisionError', 'integer division or modulo by zero');
  var r = a % b;
  return r !== 0 && (r < 0) !== (b < 0) ? r + b : r === 0 ? 0 : r;
}
function $pow(a, b) {
  var x = $num(a, '**', b), y = $num(b, '**', a);
  if (x === 0 && y < 0) throw $err('ZeroDivisionError', '0.0 cannot be raised to a negative power');
  return $big($Math.pow(x, y), a, b, '**');
}
function $neg(a) { return typeof a === 'bigint' ? $norm(-a) : -$num(a, 'unary -', a); }
function $pos(a) { return +$num(a, 'unary +', a); }
function $bitop(a, b, op) {
  if (a instanceof $PySet && b instanceof $PySet) {
    var r = new $PySet();
    if (op === '|') { a.m.forEach(function (v) { r.add(v); }); b.m.forEach(function (v) { r.add(v); }); }
    else if (op === '&') a.m.forEach(function (v, h) { if (b.m.has(h)) r.add(v); });
    else { a.m.forEach(function (v, h) { if (!b.m.has(h)) r.add(v); }); b.m.forEach(function (v, h) { if (!a.m.has(h)) r.add(v); }); }
    return r;
  }
  if (op === '|' && a instanceof $Dict && b instanceof $Dict) { var d = $dictCopy(a); b.m.forEach(function (v, h) { d.set(b.key(h), v); }); return d; }
  if (!$isInt(a) || !$isInt(b)) throw $err('TypeError', "unsupported operand type(s) for " + op + ": '" + $typeName(a) + "' and '" + $typeName(b) + "'");
  /* JavaScript's bit operators work on 32-bit signed numbers; Python's on any integer. */
  var small = typeof a === 'number' && typeof b === 'number' && a >= -2147483648 && a <= 2147483647 && b >= -2147483648 && b <= 2147483647;
  if (small && op === '|') return a | b;
  if (small && op === '&') return a & b;
  if (small && op === '^') return a ^ b;
  if (typeof a === 'number' && typeof b === 'number' && a >= 0 && b >= 0 && (op === '|' || op === '&' || op === '^')) {
    /* Both fit in 53 bits: work on the high and low 32-bit halves, no BigInt needed. */
    var P = 4294967296, ah = $Math.floor(a / P), bh = $Math.floor(b / P), al = a % P, bl = b % P;
    var hi = op === '|' ? ah | bh : op === '&' ? ah & bh : ah ^ bh, lo = op === '|' ? al | bl : op === '&' ? al & bl : al ^ bl;
    return (hi >>> 0) * P + (lo >>> 0);
  }
  var x = $B(a), y = $B(b);
  if (op === '|') return $norm(x | y);
  if (op === '&') return $norm(x & y);
  if (op === '^') return $norm(x ^ y);
  if (y < 0n) throw $err('ValueError', 'negative shift count');
  return $norm(op === '<<' ? x << y : x >> y);
}
function $inv(a) { return typeof a === 'bigint' ? $norm(-a - 1n) : -$num(a, '~', a) - 1; }
function $iadd(a, b) {
  if ($isArr(a) && !$isTuple(a)) { var src = $iter(b); for (var i = 0; i < src.length; i++) a.push(src[i]); return a; }
  return $add(a, b);
}

/* Iteration: everything becomes something a JS for-of can walk. */
function $iter(v) {
  if ($isArr(v) || typeof v === 'string') return v;
  if (v instanceof $Dict) return v.keys();
  if (v instanceof $PySet) return v.items();
  if (v instanceof $Deque) return v.items();
  throw $err('TypeError', "'" + $typeName(v) + "' object is not iterable");
}
function $list(v) {
  if (v === undefined) return [];
  if (typeof v === 'string') return $A.from(v);
  var it = $iter(v);
  return it === v ? v.slice() : it;
}
function $unpack(v, n) {
  var a = $isArr(v) ? v : $list(v);
  if (a.length !== n) {
    if (a.length < n) throw $err('ValueError', 'not enough values to unpack (expected ' + n + ', got ' + a.length + ')');
    throw $err('ValueError', 'too many values to unpack (expected ' + n + ')');
  }
  return a;
}
function $range(a, b, c) {
  var start = b === undefined ? 0 : a, stop = b === undefined ? a : b, step = c === undefined ? 1 : c;
  $intArg(start, 'range'); $intArg(stop, 'range'); $intArg(step, 'range');
  if (step === 0) throw $err('ValueError', 'range() arg 3 must not be zero');
  var r = [];
  if (step > 0) for (var i = start; i < stop; i += step) r.push(i);
  else for (var j = start; j > stop; j += step) r.push(j);
  return r;
}
function $intArg(v, fn) {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'number' || !$N.isInteger(v)) throw $err('TypeError', "'" + $typeName(v) + "' object cannot be interpreted as an integer");
  return v;
}
function $rangeCheck(v) { return $intArg(v, 'range'); }

/* Indexing and slicing. */
function $idx(n, i, what) {
  if (typeof i !== 'number' || !$N.isInteger(i)) {
    if (typeof i === 'boolean') return i ? 1 : 0;
    throw $err('TypeError', what + ' indices must be integers or slices, not ' + $typeName(i));
  }
  var j = i < 0 ? i + n : i;
  if (j < 0 || j >= n) throw $err('IndexError', what + ' index out of range');
  return j;
}
function $get(o, k) {
  if ($isArr(o)) return o[$idx(o.length, k, $isTuple(o) ? 'tuple' : 'list')];
  if (o instanceof $Dict) { var h = $hk(k); var v = o.m.get(h); return v !== undefined || o.m.has(h) ? v : o.missing(k); }
  if (typeof o === 'string') return o[$idx(o.length, k, 'string')];
  if (o instanceof $Deque) return o.a[o.h + $idx(o.len(), k, 'deque')];
  if (o === null || o === undefined) throw $err('TypeError', "'NoneType' object is not subscriptable");
  throw $err('TypeError', "'" + $typeName(o) + "' object is not subscriptable");
}
function $set(o, k, v) {
  if ($isArr(o)) {
    if ($isTuple(o)) throw $err('TypeError', "'tuple' object does not support item assignment");
    o[$idx(o.length, k, 'list assignment')] = v; return v;
  }
  if (o instanceof $Dict) { o.set(k, v); return v; }
  if (o instanceof $Deque) { o.a[o.h + $idx(o.len(), k, 'deque')] = v; return v; }
  throw $err('TypeError', "'" + $typeName(o) + "' object does not support item assignment");
}
function $del(o, k) {
  if ($isArr(o) && !$isTuple(o)) { o.splice($idx(o.length, k, 'list assignment'), 1); return; }
  if (o instanceof $Dict) { if (!o.del(k)) throw $err('KeyError', $repr(k)); return; }
  throw $err('TypeError', "'" + $typeName(o) + "' object doesn't support item deletion");
}
function $sliceBounds(n, a, b, c) {
  var step = c === null ? 1 : $intArg(c, 'slice');
  if (step === 0) throw $err('ValueError', 'slice step cannot be zero');
  function norm(v, d, lo, hi) {
    if (v === null) return d;
    v = $intArg(v, 'slice');
    if (v < 0) v += n;
    return v < lo ? lo : v > hi ? hi : v;
  }
  return step > 0 ? [norm(a, 0, 0, n), norm(b, n, 0, n), step] : [norm(a, n - 1, -1, n - 1), norm(b, -1, -1, n - 1), step];
}
function $slice(o, a, b, c) {
  var isStr = typeof o === 'string';
  if (o instanceof $Deque) throw $err('TypeError', 'sequence index must be integer, not \'slice\' (deques cannot be sliced; convert with list(d) first)');
  if (!isStr && !$isArr(o)) throw $err('TypeError', "'" + $typeName(o) + "' object is not subscriptable");
  var bnd = $sliceBounds(o.length, a, b, c), s = bnd[0], e = bnd[1], st = bnd[2];
  var r;
  if (st === 1) r = o.slice(s, e < s ? s : e);
  else {
    var out = [];
    if (st > 0) for (var i = s; i < e; i += st) out.push(o[i]);
    else for (var j = s; j > e; j += st) out.push(o[j]);
    r = isStr ? out.join('') : out;
  }
  return !isStr && $isTuple(o) ? $tup(isStr ? r : $A.prototype.slice.call(r)) : r;
}
function $setSlice(o, a, b, c, v) {
  if (!$isArr(o) || $isTuple(o)) throw $err('TypeError', "'" + $typeName(o) + "' object does not support slice assignment");
  var bnd = $sliceBounds(o.length, a, b, c);
  if (bnd[2] !== 1) throw $err('ValueError', 'extended slice assignment is not supported here; use a loop');
  var items = $list(v);
  o.splice.apply(o, [bnd[0], bnd[1] < bnd[0] ? 0 : bnd[1] - bnd[0]].concat(items));
}

/* Conversion at the boundary: the problem's JSON in, Python values out as JSON again. */
function $fromJson(v) {
  if (v === null || typeof v !== 'object') return v;
  if ($isArr(v)) { for (var i = 0; i < v.length; i++) v[i] = $fromJson(v[i]); return v; }
  var d = new $Dict(), ks = $O.keys(v);
  for (var j = 0; j < ks.length; j++) d.set(ks[j], $fromJson(v[ks[j]]));
  return d;
}
function $toJson(v) {
  if (typeof v === 'bigint') return $N(v);
  if (v === null || typeof v !== 'object') return v;
  if ($isArr(v)) { var r = []; for (var i = 0; i < v.length; i++) r.push($toJson(v[i])); return r; }
  if (v instanceof $Dict) {
    var o = {};
    v.m.forEach(function (x, h) {
      var k = v.key(h);
      var ks = typeof k === 'string' ? k : k === null ? 'null' : typeof k === 'boolean' ? (k ? 'true' : 'false') : typeof k === 'number' ? $str(k) : null;
      if (ks === null) throw $err('TypeError', 'keys must be str, int, float, bool or None, not ' + $typeName(k) + ' (a dict returned as JSON)');
      $O.defineProperty(o, ks, { value: $toJson(x), enumerable: true, writable: true, configurable: true });
    });
    return o;
  }
  if (v instanceof $PySet) return $toJson(v.items());
  if (v instanceof $Deque) return $toJson(v.items());
  return v;
}
/* After the call, the caller's own arguments show what the code did to them, as JSON again, so the
   judge can tell when a solution changed an input it must not change. */
function $restore(v) {
  if ($isArr(v)) { for (var i = 0; i < v.length; i++) v[i] = $restore(v[i]); return v; }
  return v !== null && typeof v === 'object' ? $toJson(v) : v;
}
function $writeBack(original, now) {
  if ($isArr(original)) { $restore(original); return; }
  if (original === null || typeof original !== 'object' || !(now instanceof $Dict)) return;
  var ks = $O.keys(original), plain = $toJson(now);
  for (var i = 0; i < ks.length; i++) delete original[ks[i]];
  ks = $O.keys(plain);
  for (var j = 0; j < ks.length; j++) original[ks[j]] = plain[ks[j]];
}
function $export(fn) {
  if (typeof fn !== 'function') return fn;
  return function () {
    if ($depth > 0) return fn.apply(null, arguments);
    $depth++;
    var originals = arguments, args = [];
    /* When growth is measured, converting the input and the answer is not the candidate's work. */
    var count = globalThis.__tsc, paused = count && count.pause;
    try {
      if (paused) count.pause();
      for (var i = 0; i < originals.length; i++) args.push($fromJson(originals[i]));
      if (paused) count.resume();
      var answer = fn.apply(null, args);
      if (paused) count.pause();
      var result = $toJson(answer);
      for (var j = 0; j < originals.length; j++) $writeBack(originals[j], args[j]);
      if (paused) count.resume();
      return result;
    } catch (e) { throw $pyError(e); } finally { $depth--; }
  };
}

/* str() and repr() as Python prints them. */
function $numStr(n) {
  if (n !== n) return 'nan';
  if (n === Infinity) return 'inf';
  if (n === -Infinity) return '-inf';
  return $S(n);
}
function $strRepr(s) {
  var q = s.indexOf("'") !== -1 && s.indexOf('"') === -1 ? '"' : "'";
  var out = s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r');
  if (q === "'") out = out.replace(/'/g, "\\'");
  return q + out + q;
}
function $repr(v) {
  if (typeof v === 'string') return $strRepr(v);
  return $str(v, true);
}
function $str(v, nested) {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return $numStr(v);
  if (typeof v === 'bigint') return $S(v);
  if (typeof v === 'string') return nested ? $strRepr(v) : v;
  if (typeof v === 'function') return '<function ' + (v.name || 'lambda') + '>';
  if ($isErr(v)) return v.message;
  var parts = [], i;
  if ($isArr(v)) {
    for (i = 0; i < v.length; i++) parts.push($repr(v[i]));
    if ($isTuple(v)) return '(' + parts.join(', ') + (v.length === 1 ? ',)' : ')');
    return '[' + parts.join(', ') + ']';
  }
  if (v instanceof $Dict) {
    v.m.forEach(function (x, h) { parts.push($repr(v.key(h)) + ': ' + $repr(x)); });
    var body = '{' + parts.join(', ') + '}';
    return v.kind === 'Counter' ? 'Counter(' + body + ')' : v.kind === 'defaultdict' ? 'defaultdict(' + body + ')' : body;
  }
  if (v instanceof $PySet) { var it = v.items(); for (i = 0; i < it.length; i++) parts.push($repr(it[i])); return it.length ? '{' + parts.join(', ') + '}' : 'set()'; }
  if (v instanceof $Deque) return 'deque(' + $repr(v.items()) + ')';
  return $S(v);
}
function $print() {
  var parts = [], opts = arguments.length && arguments[arguments.length - 1] instanceof $Kw ? arguments[arguments.length - 1].o : null;
  var n = opts ? arguments.length - 1 : arguments.length;
  for (var i = 0; i < n; i++) parts.push($str(arguments[i]));
  var sep = opts && opts.sep != null ? opts.sep : ' ', end = opts && opts.end != null ? opts.end : '';
  $log(parts.join(sep) + (end === '\n' ? '' : end));
  return null;
}
function $Kw(o) { this.o = o; }
function $bind(o, f) { return function () { var a = [o]; for (var i = 0; i < arguments.length; i++) a.push(arguments[i]); return f.apply(null, a); }; }
function $kw(o) { return new $Kw(o); }
function $takeKw(args) { return args.length && args[args.length - 1] instanceof $Kw ? $A.prototype.pop.call(args).o : {}; }

/* Formatting: f-string specs and % formatting for the common cases. */
function $format(v, spec) {
  if (!spec) return $str(v);
  var m = /^(?:(.)?([<>^=]))?([+\- ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/.exec(spec);
  if (!m) throw $err('ValueError', "Invalid format specifier '" + spec + "'");
  var fill = m[1] || (m[5] ? '0' : ' '), align = m[2] || (m[5] ? '=' : null), sign = m[3], width = m[6] ? +m[6] : 0;
  var group = m[7], prec = m[8] === undefined ? -1 : +m[8], type = m[9] || '';
  var s;
  if (typeof v === 'bigint' && (!type || type === 'd')) v = $S(v);
  if (typeof v === 'number' || typeof v === 'boolean') {
    var x = +v;
    if (type === 'f' || type === 'F') s = x.toFixed(prec < 0 ? 6 : prec);
    else if (type === '%') s = (x * 100).toFixed(prec < 0 ? 6 : prec) + '%';
    else if (type === 'e' || type === 'E') s = x.toExponential(prec < 0 ? 6 : prec).replace(/e([+-])(\d)$/, 'e$10$2');
    else if (type === 'd' || type === 'n') { if (!$N.isInteger(x)) throw $err('ValueError', "Unknown format code 'd' for object of type 'float'"); s = $S(x); }
    else if (type === 'x') s = x.toString(16);
    else if (type === 'X') s = x.toString(16).toUpperCase();
    else if (type === 'b') s = x.toString(2);
    else if (type === 'o') s = x.toString(8);
    else if (type === 'g' || type === 'G') s = $S(+x.toPrecision(prec < 0 ? 6 : prec || 1));
    else s = prec >= 0 ? $S(+x.toPrecision(prec || 1)) : $str(v);
    if (group) { var p = s.split('.'); p[0] = p[0].replace(/\B(?=(\d{3})+(?!\d))/g, group); s = p.join('.'); }
    if (sign === '+' && x >= 0) s = '+' + s; else if (sign === ' ' && x >= 0) s = ' ' + s;
    if (!align) align = '>';
  } else {
    s = $str(v);
    if (prec >= 0) s = s.slice(0, prec);
    if (!align) align = '<';
  }
  if (s.length >= width) return s;
  var pad = width - s.length;
  if (align === '<') return s + fill.repeat(pad);
  if (align === '^') return fill.repeat(pad >> 1) + s + fill.repeat(pad - (pad >> 1));
  if (align === '=' && /^[+\- -]/.test(s)) return s[0] + fill.repeat(pad) + s.slice(1);
  return fill.repeat(pad) + s;
}
function $percentFormat(fmt, args) {
  var list = $isTuple(args) ? args : [args], i = 0;
  var out = fmt.replace(/%([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdifr%])/g, function (all, flags, w, p, t) {
    if (t === '%') return '%';
    if (i >= list.length) throw $err('TypeError', 'not enough arguments for format string');
    var v = list[i++];
    var spec = (flags.indexOf('-') !== -1 ? '<' : flags.indexOf('0') !== -1 ? '0' : '') + (w || '') + (p !== undefined ? '.' + p : '') + (t === 'i' ? 'd' : t === 's' || t === 'r' ? '' : t);
    if (t === 'r') return $format($repr(v), spec);
    if (t === 'd' || t === 'i') v = $Math.trunc($num(v, '%d', v));
    return $format(v, spec);
  });
  if (i < list.length) throw $err('TypeError', 'not all arguments converted during string formatting');
  return out;
}

/* Built-in functions. */
function $len(v) {
  if (typeof v === 'string' || $isArr(v)) return v.length;
  if (v instanceof $Dict || v instanceof $PySet) return v.m.size;
  if (v instanceof $Deque) return v.len();
  throw $err('TypeError', "object of type '" + $typeName(v) + "' has no len()");
}
function $keyed(key) { return key == null ? function (x) { return x; } : key; }
function $sortList(a, key, reverse) {
  var k = $keyed(key), dec = [];
  for (var i = 0; i < a.length; i++) dec.push([k(a[i]), i, a[i]]);
  /* Stable even when reversed, as Python's sort is: ties keep their original order. */
  dec.sort(function (x, y) { var c = $cmp(x[0], y[0], '<'); if (c !== c) c = 0; return (reverse ? -c : c) || x[1] - y[1]; });
  for (var j = 0; j < dec.length; j++) a[j] = dec[j][2];
  return a;
}
function $sorted(it) { var kw = $takeKw($A.prototype.slice.call(arguments)); return $sortList($list(it), kw.key, $truthy(kw.reverse)); }
function $minmax(args, sign, name) {
  var kw = $takeKw(args), items = args.length === 1 ? $list(args[0]) : args, k = $keyed(kw.key);
  if (items.length === 0) { if ('default' in kw) return kw['default']; throw $err('ValueError', name + '() arg is an empty sequence'); }
  var best = items[0], bk = k(best);
  for (var i = 1; i < items.length; i++) { var ki = k(items[i]); if ($cmp(ki, bk, '<') * sign < 0) { best = items[i]; bk = ki; } }
  return best;
}
function $min() { return $minmax($A.prototype.slice.call(arguments), 1, 'min'); }
function $max() { return $minmax($A.prototype.slice.call(arguments), -1, 'max'); }
function $sum(it, start) { var s = start === undefined ? 0 : start, a = $iter(it); for (var i = 0; i < a.length; i++) s = $add(s, a[i]); return s; }
function $abs(x) { return typeof x === 'bigint' ? (x < 0n ? -x : x) : $Math.abs($num(x, 'abs()', x)); }
function $any(it) { var a = $iter(it); for (var i = 0; i < a.length; i++) if ($truthy(a[i])) return true; return false; }
function $all(it) { var a = $iter(it); for (var i = 0; i < a.length; i++) if (!$truthy(a[i])) return false; return true; }
function $enumerate(it, start) { var a = $iter(it), s = start === undefined ? 0 : start, r = []; for (var i = 0; i < a.length; i++) r.push($tup([i + s, a[i]])); return r; }
function $zip() {
  var lists = [], n = Infinity, i;
  for (i = 0; i < arguments.length; i++) { lists.push($iter(arguments[i])); n = $Math.min(n, lists[i].length); }
  var r = [];
  if (!lists.length) return r;
  for (var j = 0; j < n; j++) { var t = []; for (i = 0; i < lists.length; i++) t.push(lists[i][j]); r.push($tup(t)); }
  return r;
}
function $reversed(it) { var a = $list(it); if (a === it) a = a.slice(); return a.reverse(); }
function $map(f) { var lists = $A.prototype.slice.call(arguments, 1); if (lists.length === 1) { var a = $iter(lists[0]), r = []; for (var i = 0; i < a.length; i++) r.push(f(a[i])); return r; } return $zip.apply(null, lists).map(function (t) { return f.apply(null, t); }); }
function $filter(f, it) { var a = $iter(it), r = []; for (var i = 0; i < a.length; i++) if (f === null ? $truthy(a[i]) : $truthy(f(a[i]))) r.push(a[i]); return r; }
function $set0(it) { return new $PySet(it === undefined ? [] : $list(it)); }
function $tuple(it) { return $tup(it === undefined ? [] : $list(it).slice()); }
function $dict(src) {
  var kw = $takeKw($A.prototype.slice.call(arguments)), d = new $Dict(); if (src instanceof $Kw) src = undefined;
  if (src instanceof $Dict) src.m.forEach(function (v, h) { d.set(src.key(h), v); });
  else if (src !== undefined) { var a = $iter(src); for (var i = 0; i < a.length; i++) { var p = $unpack(a[i], 2); d.set(p[0], p[1]); } }
  for (var k in kw) d.set(k, kw[k]);
  return d;
}
function $int(v, base) {
  if (v === undefined) return 0;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') { if (v !== v || !isFinite(v)) throw $err('ValueError', 'cannot convert float ' + $numStr(v) + ' to integer'); return $Math.trunc(v) || 0; }
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    var s = v.trim().replace(/_/g, ''), b = base === undefined ? 10 : base;
    var ok = b === 10 ? /^[+-]?\d+$/.test(s) : b === 16 ? /^[+-]?(0x)?[0-9a-f]+$/i.test(s) : b === 2 ? /^[+-]?(0b)?[01]+$/i.test(s) : b === 8 ? /^[+-]?(0o)?[0-7]+$/i.test(s) : false;
    if (!ok) throw $err('ValueError', 'invalid literal for int() with base ' + b + ': ' + $repr(v));
    return parseInt(s.replace(/^([+-]?)0[xbo]/i, '$1'), b);
  }
  throw $err('TypeError', "int() argument must be a string or a number, not '" + $typeName(v) + "'");
}
function $float(v) {
  if (v === undefined) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    var s = v.trim().toLowerCase();
    if (/^[+-]?(inf|infinity)$/.test(s)) return s[0] === '-' ? -Infinity : Infinity;
    if (/^[+-]?nan$/.test(s)) return NaN;
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(s)) return +s;
    throw $err('ValueError', 'could not convert string to float: ' + $repr(v));
  }
  throw $err('TypeError', "float() argument must be a string or a number, not '" + $typeName(v) + "'");
}
function $bool(v) { return $truthy(v); }
function $str0(v) { return v === undefined ? '' : $str(v); }
function $ord(c) { if (typeof c !== 'string' || $A.from(c).length !== 1) throw $err('TypeError', 'ord() expected a character, but got ' + $repr(c)); return c.codePointAt(0); }
function $chr(n) { return $S.fromCodePoint($intArg(n, 'chr')); }
function $round(x, nd) {
  x = $num(x, 'round()', x);
  if (nd === undefined || nd === null) {
    var f = $Math.floor(x), d = x - f;
    return d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f;
  }
  if (!isFinite(x)) return x;
  var s = x.toFixed($Math.min(100, nd + 30));
  var tie = new RegExp('\\.\\d{' + nd + '}50*$').test(s);
  var r = +x.toFixed(nd);
  if (tie) { var scale = $Math.pow(10, nd), lo = $Math.floor($Math.abs(x) * scale); if (lo % 2 === 0) r = (x < 0 ? -lo : lo) / scale; }
  return r;
}
function $divmod(a, b) { return $tup([$floordiv(a, b), $mod(a, b)]); }
function $pow0(a, b, m) { if (m === undefined) return $pow(a, b); var r = 1; a = $mod(a, m); while (b > 0) { if (b % 2 === 1) r = (r * a) % m; a = (a * a) % m; b = $Math.floor(b / 2); } return r; }
function $isinstance(v, t) {
  var ts = $isTuple(t) ? t : [t];
  for (var i = 0; i < ts.length; i++) { var n = ts[i] && ts[i].pyName; if (n === $typeName(v) || (n === 'int' && typeof v === 'boolean') || (n === 'float' && typeof v === 'number') || (n === 'dict' && v instanceof $Dict)) return true; }
  return false;
}
function $next(it, dflt) { var a = $iter(it); if (a.length) return a[0]; if (dflt !== undefined) return dflt; throw $err('StopIteration', 'the iterator is empty'); }
/* next(iter(x)) without building the whole list: a dict's first key or a set's first item in O(1). */
function $nextOf(v, dflt) {
  if (v instanceof $Dict) { if (v.m.size) return v.key(v.m.keys().next().value); }
  else if (v instanceof $PySet) { if (v.m.size) { var r = null; v.m.forEach(function (x) { r = x; }); return r; } }
  else return $next(v, dflt);
  if (dflt !== undefined) return dflt;
  throw $err('StopIteration', 'the iterator is empty');
}
function $hash(v) { var h = $hk(v); return typeof h === 'number' ? h : 0; }
$int.pyName = 'int'; $float.pyName = 'float'; $str0.pyName = 'str'; $list.pyName = 'list'; $dict.pyName = 'dict'; $set0.pyName = 'set'; $tuple.pyName = 'tuple'; $bool.pyName = 'bool';

/* Exceptions: classes are factories; except clauses match by name and a few parents. */
var $excs = {};
var $PARENTS = { KeyError: 'LookupError', IndexError: 'LookupError', ZeroDivisionError: 'ArithmeticError', OverflowError: 'ArithmeticError', UnboundLocalError: 'NameError', RecursionError: 'RuntimeError' };
function $exc(name) {
  if ($excs[name]) return $excs[name];
  var f = function (msg) { return $err(name, msg === undefined ? '' : name === 'KeyError' ? $repr(msg) : $str(msg)); };
  f.pyName = name; f.isExc = true;
  return ($excs[name] = f);
}
function $raise(v) {
  if (typeof v === 'function' && v.isExc) return v();
  if ($isErr(v)) return v;
  return $err('TypeError', 'exceptions must derive from BaseException');
}
function $excMatch(e, classes) {
  for (var i = 0; i < classes.length; i++) {
    var n = classes[i] && classes[i].pyName;
    if (n === 'Exception' || n === 'BaseException' || n === e.name || $PARENTS[e.name] === n) return true;
  }
  return false;
}

/* collections */
function $deque(it, maxlen) { var kw = $takeKw($A.prototype.slice.call(arguments)); if (maxlen instanceof $Kw) maxlen = undefined; return new $Deque(it === undefined || it instanceof $Kw ? [] : $list(it), 'maxlen' in kw ? kw.maxlen : maxlen); }
function $dictCopy(src) { var d = new $Dict(src.kind); d.dflt = src.dflt; src.m.forEach(function (v, h) { d.set(src.key(h), v); }); return d; }
function $defaultdict(factory, init) {
  if (factory !== null && typeof factory !== 'function') throw $err('TypeError', 'first argument must be callable or None');
  var d = init === undefined ? new $Dict('defaultdict') : $dictCopy($dict(init));
  d.kind = 'defaultdict';
  d.dflt = factory === null ? null : function () { return factory(); };
  return d;
}
function $counterCopy(src) { var d = new $Dict('Counter'); src.m.forEach(function (v, h) { d.set(src.key(h), v); }); return d; }
function $Counter(it) {
  var d = new $Dict('Counter');
  if (it instanceof $Dict) it.m.forEach(function (v, h) { d.set(it.key(h), v); });
  else if (it !== undefined) { var a = $iter(it); for (var i = 0; i < a.length; i++) { var h = $hk(a[i]); d.m.has(h) ? d.m.set(h, d.m.get(h) + 1) : d.set(a[i], 1); } }
  return d;
}
function $OrderedDict(src) { var d = src === undefined ? new $Dict() : $dict(src); return d; }
var $collections = { deque: $deque, defaultdict: $defaultdict, Counter: $Counter, OrderedDict: $OrderedDict };

/* heapq: a binary min-heap on a plain list, ordered by Python's < (tuples compare item by item). */
function $heapList(h) { if (!$isArr(h) || $isTuple(h)) throw $err('TypeError', 'heap argument must be a list'); return h; }
function $siftUp(h, i) { var x = h[i]; while (i > 0) { var p = (i - 1) >> 1; if (!$lt(x, h[p])) break; h[i] = h[p]; i = p; } h[i] = x; }
function $siftDown(h, i) {
  var n = h.length, x = h[i];
  for (;;) { var l = 2 * i + 1; if (l >= n) break; var r = l + 1, c = r < n && $lt(h[r], h[l]) ? r : l; if (!$lt(h[c], x)) break; h[i] = h[c]; i = c; }
  h[i] = x;
}
function $heappush(h, x) { $heapList(h).push(x); $siftUp(h, h.length - 1); return null; }
function $heappop(h) {
  $heapList(h);
  if (!h.length) throw $err('IndexError', 'index out of range (heappop from an empty heap)');
  var last = h.pop();
  if (!h.length) return last;
  var top = h[0]; h[0] = last; $siftDown(h, 0); return top;
}
function $heapify(h) { $heapList(h); for (var i = (h.length >> 1) - 1; i >= 0; i--) $siftDown(h, i); return null; }
function $heappushpop(h, x) { if (h.length && $lt(h[0], x)) { var t = h[0]; h[0] = x; $siftDown(h, 0); return t; } return x; }
function $heapreplace(h, x) { var t = $heappop(h); $heappush(h, x); return t; }
function $nsmallest(n, it) { var kw = $takeKw($A.prototype.slice.call(arguments)); return $sortList($list(it).slice(), kw.key, false).slice(0, $Math.max(0, n)); }
function $nlargest(n, it) { var kw = $takeKw($A.prototype.slice.call(arguments)); return $sortList($list(it).slice(), kw.key, true).slice(0, $Math.max(0, n)); }
var $heapq = { heappush: $heappush, heappop: $heappop, heapify: $heapify, heappushpop: $heappushpop, heapreplace: $heapreplace, nsmallest: $nsmallest, nlargest: $nlargest };

/* bisect, math, string, sys, functools */
function $bisectL(a, x, lo, hi) { lo = lo === undefined ? 0 : lo; hi = hi === undefined ? a.length : hi; while (lo < hi) { var m = (lo + hi) >> 1; if ($lt(a[m], x)) lo = m + 1; else hi = m; } return lo; }
function $bisectR(a, x, lo, hi) { lo = lo === undefined ? 0 : lo; hi = hi === undefined ? a.length : hi; while (lo < hi) { var m = (lo + hi) >> 1; if ($lt(x, a[m])) hi = m; else lo = m + 1; } return lo; }
var $bisect = { bisect_left: $bisectL, bisect_right: $bisectR, bisect: $bisectR,
  insort: function (a, x) { a.splice($bisectR(a, x), 0, x); return null; }, insort_left: function (a, x) { a.splice($bisectL(a, x), 0, x); return null; }, insort_right: function (a, x) { a.splice($bisectR(a, x), 0, x); return null; } };
function $gcd(a, b) { a = $Math.abs(a); b = $Math.abs(b); while (b) { var t = a % b; a = b; b = t; } return a; }
var $math = { inf: Infinity, pi: $Math.PI, e: $Math.E, nan: NaN,
  sqrt: function (x) { if (x < 0) throw $err('ValueError', 'math domain error'); return $Math.sqrt(x); },
  isqrt: function (x) { return $Math.floor($Math.sqrt(x)); }, floor: function (x) { return $Math.floor(x); }, ceil: function (x) { return $Math.ceil(x); },
  trunc: function (x) { return $Math.trunc(x); }, fabs: function (x) { return $Math.abs(x); }, exp: function (x) { return $Math.exp(x); },
  log: function (x, b) { if (x <= 0) throw $err('ValueError', 'math domain error'); return b === undefined ? $Math.log(x) : $Math.log(x) / $Math.log(b); },
  log2: function (x) { return $Math.log2(x); }, log10: function (x) { return $Math.log10(x); }, pow: function (a, b) { return $Math.pow(a, b); },
  gcd: $gcd, isclose: function (a, b) { return $Math.abs(a - b) <= 1e-9 * $Math.max($Math.abs(a), $Math.abs(b)); },
  comb: function (n, k) { if (k < 0 || k > n) return 0; var r = 1; for (var i = 1; i <= k; i++) r = r * (n - k + i) / i; return $Math.round(r); },
  factorial: function (n) { var r = 1; for (var i = 2; i <= n; i++) r = $big(r * i, r, i); return r; } };
var $string = { ascii_lowercase: 'abcdefghijklmnopqrstuvwxyz', ascii_uppercase: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', ascii_letters: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', digits: '0123456789', punctuation: '!"#$%&\'()*+,-./:;<=>?@[\\]^_\x60{|}~', whitespace: ' \t\n\r\x0b\x0c' };
var $sys = { maxsize: $MAXI };
var $functools = { reduce: function (f, it, init) { var a = $iter(it), i = 0, acc = init; if (init === undefined) { if (!a.length) throw $err('TypeError', 'reduce() of empty iterable with no initial value'); acc = a[0]; i = 1; } for (; i < a.length; i++) acc = f(acc, a[i]); return acc; },
  cmp_to_key: function (f) { return function (x) { return $tup([new $CmpKey(x, f)]); }; } };
function $CmpKey(x, f) { this.x = x; this.f = f; }
var $typing = {};
var $modules = { collections: $collections, heapq: $heapq, bisect: $bisect, math: $math, string: $string, sys: $sys, functools: $functools, typing: $typing };

/* Methods, dispatched on the receiver's type so a wrong type gets Python's AttributeError. */
function $noAttr(o, name) {
  if (o === null || o === undefined) throw $err('AttributeError', "'NoneType' object has no attribute '" + name + "'");
  throw $err('AttributeError', "'" + $typeName(o) + "' object has no attribute '" + name + "'");
}
function $isList(o) { return $isArr(o) && $proto(o) !== $TP; }
function $isD(o) { return o instanceof $Dict; }
function $isS(o) { return o instanceof $PySet; }
function $isQ(o) { return o instanceof $Deque; }
function $ws(s) { return /^\s$/.test(s); }
function $strip(s, chars, left, right) {
  var i = 0, j = s.length;
  var drop = chars === undefined || chars === null ? $ws : function (c) { return chars.indexOf(c) !== -1; };
  if (left) while (i < j && drop(s[i])) i++;
  if (right) while (j > i && drop(s[j - 1])) j--;
  return s.slice(i, j);
}
function $needStr(v, what) { if (typeof v !== 'string') throw $err('TypeError', what + ' must be str, not ' + $typeName(v)); return v; }
var $M = {
  append: function (o, x) { if ($isArr(o) && !$isTuple(o)) { o.push(x); return null; } if ($isQ(o)) { o.a.push(x); o.trim(true); return null; } $noAttr(o, 'append'); },
  appendleft: function (o, x) { if (!$isQ(o)) $noAttr(o, 'appendleft'); if (o.h > 0) o.a[--o.h] = x; else { var pad = $Math.max(8, o.a.length); var na = new $A(pad); o.a = na.concat(o.a); o.h = pad; o.a[--o.h] = x; } o.trim(false); return null; },
  extend: function (o, it) { if ($isList(o)) { var a = $iter(it); if (a === o) a = a.slice(); for (var i = 0; i < a.length; i++) o.push(a[i]); return null; } if ($isQ(o)) { var b = $iter(it); for (var j = 0; j < b.length; j++) o.a.push(b[j]); o.trim(true); return null; } $noAttr(o, 'extend'); },
  extendleft: function (o, it) { if (!$isQ(o)) $noAttr(o, 'extendleft'); var a = $iter(it); for (var i = 0; i < a.length; i++) $M.appendleft(o, a[i]); return null; },
  insert: function (o, i, x) { if (!$isList(o)) $noAttr(o, 'insert'); i = $intArg(i); if (i < 0) i = $Math.max(0, o.length + i); o.splice($Math.min(i, o.length), 0, x); return null; },
  pop: function (o, i) {
    if ($isList(o)) {
      if (!o.length) throw $err('IndexError', 'pop from empty list');
      if (i === undefined || i === -1 || i === o.length - 1) return o.pop();
      return o.splice($idx(o.length, i, 'pop'), 1)[0];
    }
    if ($isD(o)) { if (!o.has(i)) { if (arguments.length > 2) return arguments[2]; throw $err('KeyError', $repr(i)); } var v = o.get(i); o.del(i); return v; }
    if ($isS(o)) { if (!o.m.size) throw $err('KeyError', "'pop from an empty set'"); var first = o.m.values().next().value; o.del(first); return first; }
    if ($isQ(o)) { if (!o.len()) throw $err('IndexError', 'pop from an empty deque'); return o.a.pop(); }
    $noAttr(o, 'pop');
  },
  popleft: function (o) { if (!$isQ(o)) $noAttr(o, 'popleft'); if (!o.len()) throw $err('IndexError', 'pop from an empty deque'); var x = o.a[o.h]; o.a[o.h++] = undefined; o.compact(); return x; },
  remove: function (o, x) {
    if ($isList(o)) {
      var k = typeof x === 'string' ? $indexOf.call(o, x) : -1;
      if (k === -1 && typeof x !== 'string') for (var i = 0; i < o.length; i++) if ($eq(o[i], x)) { k = i; break; }
      if (k === -1) throw $err('ValueError', 'list.remove(x): x not in list');
      o.splice(k, 1); return null;
    }
    if ($isS(o)) { if (!o.del(x)) throw $err('KeyError', $repr(x)); return null; }
    if ($isQ(o)) { var a = o.items(); for (var j = 0; j < a.length; j++) if ($eq(a[j], x)) { a.splice(j, 1); o.a = a; o.h = 0; return null; } throw $err('ValueError', 'deque.remove(x): x not in deque'); }
    $noAttr(o, 'remove');
  },
  clear: function (o) { if ($isList(o)) { o.length = 0; return null; } if ($isD(o)) { o.m = new $Mp(); o.o = null; return null; } if ($isS(o)) { o.m = new $Mp(); o.sv = null; return null; } if ($isQ(o)) { o.a = []; o.h = 0; return null; } $noAttr(o, 'clear'); },
  copy: function (o) { if ($isList(o)) return o.slice(); if ($isD(o)) return $dictCopy(o); if ($isS(o)) return new $PySet(o.items()); if ($isQ(o)) return new $Deque(o.items(), o.max < 0 ? null : o.max); $noAttr(o, 'copy'); },
  index: function (o, x, start) {
    if (typeof o === 'string') { var k = o.indexOf($needStr(x, 'substring'), start || 0); if (k < 0) throw $err('ValueError', 'substring not found'); return k; }
    if ($isArr(o) || $isQ(o)) {
      var a = $isQ(o) ? o.items() : o;
      if ($prim(x)) { var j = $indexOf.call(a, x, start || 0); if (j !== -1 && (typeof x === 'string' || !$firstEqualBefore(a, x, start || 0, j))) return j; if (typeof x === 'string') throw $err('ValueError', $repr(x) + ' is not in list'); }
      for (var i = start || 0; i < a.length; i++) if ($eq(a[i], x)) return i;
      throw $err('ValueError', $repr(x) + ' is not in list');
    }
    $noAttr(o, 'index');
  },
  count: function (o, x) {
    if (typeof o === 'string') { $needStr(x, 'substring'); if (x === '') return o.length + 1; var n = 0, p = 0; for (;;) { var q = o.indexOf(x, p); if (q < 0) return n; n++; p = q + x.length; } }
    if ($isArr(o) || $isQ(o)) {
      var a = $isQ(o) ? o.items() : o, c = 0;
      /* A str or number: native scans, charged like JavaScript's indexOf. */
      if ($prim(x)) { for (var at = $indexOf.call(a, x); at !== -1; at = $indexOf.call(a, x, at + 1)) c++; if (typeof x === 'string') return c; for (var j = 0; j < a.length; j++) if (typeof a[j] !== 'number' && typeof a[j] !== 'string' && $eq(a[j], x)) c++; return c; }
      for (var i = 0; i < a.length; i++) if ($eq(a[i], x)) c++;
      return c;
    }
    $noAttr(o, 'count');
  },
  sort: function (o) { if (!$isList(o)) $noAttr(o, 'sort'); var kw = $takeKw($A.prototype.slice.call(arguments, 1)); $sortList(o, kw.key, $truthy(kw.reverse)); return null; },
  reverse: function (o) { if ($isList(o)) { o.reverse(); return null; } if ($isQ(o)) { o.a = o.items().reverse(); o.h = 0; return null; } $noAttr(o, 'reverse'); },
  rotate: function (o, n) { if (!$isQ(o)) $noAttr(o, 'rotate'); var a = o.items(), L = a.length; if (!L) return null; n = ((n === undefined ? 1 : n) % L + L) % L; o.a = a.slice(L - n).concat(a.slice(0, L - n)); o.h = 0; return null; },
  add: function (o, x) { if (!$isS(o)) $noAttr(o, 'add'); o.add(x); return null; },
  discard: function (o, x) { if (!$isS(o)) $noAttr(o, 'discard'); o.del(x); return null; },
  update: function (o) {
    var rest = $A.prototype.slice.call(arguments, 1);
    if ($isS(o)) { for (var i = 0; i < rest.length; i++) { var a = $iter(rest[i]); for (var j = 0; j < a.length; j++) o.add(a[j]); } return null; }
    if ($isD(o)) {
      var kw = $takeKw(rest), src = rest[0];
      if (o.kind === 'Counter' && src !== undefined) { var c = $Counter(src); c.m.forEach(function (v, h) { var k = c.key(h); o.set(k, $add(o.has(k) ? o.get(k) : 0, v)); }); }
      else if (src !== undefined) { var d = $dict(src); d.m.forEach(function (v, h) { o.set(d.key(h), v); }); }
      for (var k in kw) o.set(k, kw[k]);
      return null;
    }
    $noAttr(o, 'update');
  },
  union: function (o) { if (!$isS(o)) $noAttr(o, 'union'); var r = new $PySet(o.items()); for (var i = 1; i < arguments.length; i++) { var a = $iter(arguments[i]); for (var j = 0; j < a.length; j++) r.add(a[j]); } return r; },
  intersection: function (o, other) { if (!$isS(o)) $noAttr(o, 'intersection'); var b = other instanceof $PySet ? other : new $PySet($list(other)); return $bitop(o, b, '&'); },
  difference: function (o, other) { if (!$isS(o)) $noAttr(o, 'difference'); var b = other instanceof $PySet ? other : new $PySet($list(other)); return $bitop(o, b, '-') ; },
  symmetric_difference: function (o, other) { if (!$isS(o)) $noAttr(o, 'symmetric_difference'); return $bitop(o, other instanceof $PySet ? other : new $PySet($list(other)), '^'); },
  issubset: function (o, other) { if (!$isS(o)) $noAttr(o, 'issubset'); return $setLe(o, other instanceof $PySet ? other : new $PySet($list(other))); },
  issuperset: function (o, other) { if (!$isS(o)) $noAttr(o, 'issuperset'); return $setLe(other instanceof $PySet ? other : new $PySet($list(other)), o); },
  isdisjoint: function (o, other) { if (!$isS(o)) $noAttr(o, 'isdisjoint'); return $len($bitop(o, other instanceof $PySet ? other : new $PySet($list(other)), '&')) === 0; },
  get: function (o, k, d) { if (!$isD(o)) $noAttr(o, 'get'); var h = $hk(k), v = o.m.get(h); return v !== undefined || o.m.has(h) ? v : d === undefined ? null : d; },
  setdefault: function (o, k, d) { if (!$isD(o)) $noAttr(o, 'setdefault'); if (o.has(k)) return o.get(k); var v = d === undefined ? null : d; o.set(k, v); return v; },
  items: function (o) { if (!$isD(o)) $noAttr(o, 'items'); var r = []; o.m.forEach(function (v, h) { r.push($tup([o.key(h), v])); }); return r; },
  keys: function (o) { if (!$isD(o)) $noAttr(o, 'keys'); return o.keys(); },
  values: function (o) { if (!$isD(o)) $noAttr(o, 'values'); var r = []; o.m.forEach(function (v) { r.push(v); }); return r; },
  popitem: function (o) {
    if (!$isD(o)) $noAttr(o, 'popitem');
    if (!o.m.size) throw $err('KeyError', "'popitem(): dictionary is empty'");
    var kw = $takeKw($A.prototype.slice.call(arguments, 1)), last = arguments.length > 1 && !(arguments[1] instanceof $Kw) ? $truthy(arguments[1]) : !('last' in kw) || $truthy(kw.last);
    /* The oldest key is the Map's first: O(1). The newest needs a walk (a JS Map cannot be read from its end). */
    var k;
    if (last) { var ks = o.keys(); k = ks[ks.length - 1]; } else k = o.key(o.m.keys().next().value);
    var v = o.get(k); o.del(k); return $tup([k, v]);
  },
  move_to_end: function (o, k, last) { if (!$isD(o)) $noAttr(o, 'move_to_end'); if (!o.has(k)) throw $err('KeyError', $repr(k)); var v = o.get(k); if (last === false || (last instanceof $Kw && last.o.last === false)) { var rest = o.items ? null : null; var entries = $M.items(o); o.m = new $Mp(); o.o = null; o.set(k, v); for (var i = 0; i < entries.length; i++) if (!$eq(entries[i][0], k)) o.set(entries[i][0], entries[i][1]); } else { o.del(k); o.set(k, v); } return null; },
  most_common: function (o, n) { if (!$isD(o)) $noAttr(o, 'most_common'); var it = $sortList($M.items(o), function (p) { return p[1]; }, true); return n === undefined || n === null ? it : it.slice(0, $Math.max(0, n)); },
  fromkeys: function (o, ks, v) { var d = new $Dict(); var a = $iter(ks); for (var i = 0; i < a.length; i++) d.set(a[i], v === undefined ? null : v); return d; },
  lower: function (o) { if (typeof o !== 'string') $noAttr(o, 'lower'); return o.toLowerCase(); },
  upper: function (o) { if (typeof o !== 'string') $noAttr(o, 'upper'); return o.toUpperCase(); },
  casefold: function (o) { if (typeof o !== 'string') $noAttr(o, 'casefold'); return o.toLowerCase().replace(/\u00df/g, 'ss'); },
  partition: function (o, sep) { if (typeof o !== 'string') $noAttr(o, 'partition'); if ($needStr(sep, 'separator') === '') throw $err('ValueError', 'empty separator'); var k = o.indexOf(sep); return $tup(k < 0 ? [o, '', ''] : [o.slice(0, k), sep, o.slice(k + sep.length)]); },
  rpartition: function (o, sep) { if (typeof o !== 'string') $noAttr(o, 'rpartition'); if ($needStr(sep, 'separator') === '') throw $err('ValueError', 'empty separator'); var k = o.lastIndexOf(sep); return $tup(k < 0 ? ['', '', o] : [o.slice(0, k), sep, o.slice(k + sep.length)]); },
  removeprefix: function (o, p) { if (typeof o !== 'string') $noAttr(o, 'removeprefix'); $needStr(p, 'removeprefix() argument'); return p && o.startsWith(p) ? o.slice(p.length) : o; },
  removesuffix: function (o, p) { if (typeof o !== 'string') $noAttr(o, 'removesuffix'); $needStr(p, 'removesuffix() argument'); return p && o.endsWith(p) ? o.slice(0, o.length - p.length) : o; },
  rindex: function (o, x) { if (typeof o !== 'string') $noAttr(o, 'rindex'); var k = o.lastIndexOf($needStr(x, 'substring')); if (k < 0) throw $err('ValueError', 'substring not found'); return k; },
  isdecimal: function (o) { if (typeof o !== 'string') $noAttr(o, 'isdecimal'); return /^\d+$/.test(o); },
  isascii: function (o) { if (typeof o !== 'string') $noAttr(o, 'isascii'); return /^[\x00-\x7f]*$/.test(o); },
  istitle: function (o) { if (typeof o !== 'string') $noAttr(o, 'istitle'); return /\p{L}/u.test(o) && o === $M.title(o); },
  expandtabs: function (o, n) { if (typeof o !== 'string') $noAttr(o, 'expandtabs'); n = n === undefined ? 8 : n; var out = '', col = 0; for (var i = 0; i < o.length; i++) { var c = o[i]; if (c === '\t') { var pad = n > 0 ? n - (col % n) : 0; out += ' '.repeat(pad); col += pad; } else { out += c; col = c === '\n' || c === '\r' ? 0 : col + 1; } } return out; },
  title: function (o) { if (typeof o !== 'string') $noAttr(o, 'title'); return o.toLowerCase().replace(/(^|[^a-z])([a-z])/g, function (a, p, c) { return p + c.toUpperCase(); }); },
  capitalize: function (o) { if (typeof o !== 'string') $noAttr(o, 'capitalize'); return o.charAt(0).toUpperCase() + o.slice(1).toLowerCase(); },
  swapcase: function (o) { if (typeof o !== 'string') $noAttr(o, 'swapcase'); return $A.from(o).map(function (c) { var u = c.toUpperCase(); return u === c ? c.toLowerCase() : u; }).join(''); },
  strip: function (o, c) { if (typeof o !== 'string') $noAttr(o, 'strip'); return $strip(o, c, true, true); },
  lstrip: function (o, c) { if (typeof o !== 'string') $noAttr(o, 'lstrip'); return $strip(o, c, true, false); },
  rstrip: function (o, c) { if (typeof o !== 'string') $noAttr(o, 'rstrip'); return $strip(o, c, false, true); },
  split: function (o, sep, max) {
    if (typeof o !== 'string') $noAttr(o, 'split');
    max = max === undefined ? -1 : max;
    if (sep === undefined || sep === null) {
      var words = o.trim().length ? o.trim().split(/\s+/) : [];
      if (max >= 0 && words.length > max + 1) { var r = words.slice(0, max), rest = o.replace(/^\s+/, ''); for (var i = 0; i < max; i++) rest = rest.replace(/^\S+\s+/, ''); r.push(rest); return r; }
      return words;
    }
    if ($needStr(sep, 'separator') === '') throw $err('ValueError', 'empty separator');
    var parts = o.split(sep);
    if (max >= 0 && parts.length > max + 1) parts = parts.slice(0, max).concat([parts.slice(max).join(sep)]);
    return parts;
  },
  rsplit: function (o, sep, max) { if (max === undefined || max < 0) return $M.split(o, sep); var parts = $M.split(o, sep); if (parts.length <= max + 1) return parts; var s = sep == null ? ' ' : sep; return [parts.slice(0, parts.length - max).join(s)].concat(parts.slice(parts.length - max)); },
  splitlines: function (o) { if (typeof o !== 'string') $noAttr(o, 'splitlines'); var p = o.split(/\r\n|\r|\n/); if (p.length && p[p.length - 1] === '') p.pop(); return p; },
  join: function (o, it) {
    if (typeof o !== 'string') $noAttr(o, 'join');
    var a = $iter(it);
    for (var i = 0; i < a.length; i++) if (typeof a[i] !== 'string') throw $err('TypeError', 'sequence item ' + i + ': expected str instance, ' + $typeName(a[i]) + ' found');
    return $A.prototype.join.call(a, o);
  },
  replace: function (o, a, b, n) { if (typeof o !== 'string') $noAttr(o, 'replace'); $needStr(a, 'replace() argument 1'); $needStr(b, 'replace() argument 2'); if (n === undefined || n < 0) return o.split(a).join(b); var p = o.split(a); return p.length - 1 <= n ? p.join(b) : p.slice(0, n + 1).join(b) + a + p.slice(n + 1).join(a); },
  startswith: function (o, p) { if (typeof o !== 'string') $noAttr(o, 'startswith'); if ($isTuple(p)) return p.some(function (x) { return o.startsWith(x); }); return o.startsWith($needStr(p, 'startswith first arg')); },
  endswith: function (o, p) { if (typeof o !== 'string') $noAttr(o, 'endswith'); if ($isTuple(p)) return p.some(function (x) { return o.endsWith(x); }); return o.endsWith($needStr(p, 'endswith first arg')); },
  find: function (o, x, start) { if (typeof o !== 'string') $noAttr(o, 'find'); return o.indexOf($needStr(x, 'substring'), start || 0); },
  rfind: function (o, x) { if (typeof o !== 'string') $noAttr(o, 'rfind'); return o.lastIndexOf($needStr(x, 'substring')); },
  isspace: function (o) { if (typeof o !== 'string') $noAttr(o, 'isspace'); return /^\s+$/.test(o); },
  isdigit: function (o) { if (typeof o !== 'string') $noAttr(o, 'isdigit'); return /^\d+$/.test(o); },
  isnumeric: function (o) { if (typeof o !== 'string') $noAttr(o, 'isnumeric'); return /^\d+$/.test(o); },
  isalpha: function (o) { if (typeof o !== 'string') $noAttr(o, 'isalpha'); return o.length > 0 && /^\p{L}+$/u.test(o); },
  isalnum: function (o) { if (typeof o !== 'string') $noAttr(o, 'isalnum'); return o.length > 0 && /^[\p{L}\p{N}]+$/u.test(o); },
  islower: function (o) { if (typeof o !== 'string') $noAttr(o, 'islower'); return /\p{Ll}/u.test(o) && o === o.toLowerCase(); },
  isupper: function (o) { if (typeof o !== 'string') $noAttr(o, 'isupper'); return /\p{Lu}/u.test(o) && o === o.toUpperCase(); },
  zfill: function (o, w) { if (typeof o !== 'string') $noAttr(o, 'zfill'); return o.length >= w ? o : /^[+-]/.test(o) ? o[0] + '0'.repeat(w - o.length) + o.slice(1) : '0'.repeat(w - o.length) + o; },
  ljust: function (o, w, f) { if (typeof o !== 'string') $noAttr(o, 'ljust'); return o.padEnd(w, f || ' '); },
  rjust: function (o, w, f) { if (typeof o !== 'string') $noAttr(o, 'rjust'); return o.padStart(w, f || ' '); },
  center: function (o, w, f) { if (typeof o !== 'string') $noAttr(o, 'center'); return $format(o, (f || ' ') + '^' + w); },
  format: function (o) { if (typeof o !== 'string') $noAttr(o, 'format'); var args = $A.prototype.slice.call(arguments, 1), kw = $takeKw(args), i = 0; return o.replace(/\{\{|\}\}|\{([^{}:!]*)(?::([^{}]*))?\}/g, function (all, name, spec) { if (all === '{{') return '{'; if (all === '}}') return '}'; var v = name === '' ? args[i++] : /^\d+$/.test(name) ? args[+name] : kw[name]; return $format(v, spec); }); }
};
`;

type Chunk = { index: number; text: string; defines: string[]; refs: string[]; methods: string[]; owner?: string; method?: string };

const NAME = /\$[A-Za-z_][A-Za-z0-9_]*/g;
const METHOD_REF = /\$(M|modules)\.([A-Za-z_]+)/g;
/** Objects whose properties are kept one by one: only the methods and modules a solution uses. */
const SPLIT_OBJECTS = new Set(['$M', '$modules']);

const namesIn = (text: string) => [...new Set(text.match(NAME) ?? [])];
const methodsIn = (text: string) => [...new Set([...text.matchAll(METHOD_REF)].map((m) => `$${m[1]}.${m[2]}`))];

/** Splits the runtime into top-level declarations, each with the `$` names it defines and uses. */
function chunksOf(source: string): Chunk[] {
  const program = parse(source, { ecmaVersion: 2020, sourceType: 'script' }) as unknown as { body: AcornNode[] };
  const chunks: Chunk[] = [];
  const add = (c: Omit<Chunk, 'index' | 'methods'>) => chunks.push({ ...c, index: chunks.length, methods: methodsIn(c.text) });
  for (const node of program.body) {
    const text = source.slice(node.start, node.end);
    if (node.type === 'FunctionDeclaration') add({ text, defines: [node.id!.name], refs: namesIn(text) });
    else if (node.type === 'VariableDeclaration') {
      for (const d of node.declarations!) {
        const name = d.id.name;
        const init = d.init!;
        if (SPLIT_OBJECTS.has(name) && init.type === 'ObjectExpression') {
          add({ text: `var ${name} = {};`, defines: [name], refs: [] });
          for (const prop of init.properties!) {
            const value = source.slice(prop.value.start, prop.value.end);
            add({ text: `${name}.${prop.key.name} = ${value};`, defines: [], refs: [name, ...namesIn(value)], method: `${name}.${prop.key.name}` });
          }
        } else {
          const decl = `var ${source.slice(d.start, d.end)};`;
          add({ text: decl, defines: [name], refs: namesIn(decl).filter((n) => n !== name) });
        }
      }
    } else {
      // `$Dict.prototype.x = …;` and the like belong to the name they extend.
      const owner = /^\$[A-Za-z0-9_]+/.exec(text)?.[0] ?? '';
      add({ text, defines: [], refs: namesIn(text), owner });
    }
  }
  return chunks;
}

type AcornNode = {
  type: string;
  start: number;
  end: number;
  id?: { name: string };
  declarations?: { id: { name: string }; init?: AcornNode; start: number; end: number }[];
  properties?: { key: { name: string }; value: AcornNode }[];
};

const CHUNKS = chunksOf(SOURCE);
const BY_NAME = new Map<string, Chunk[]>();
const BY_METHOD = new Map<string, Chunk>();
for (const c of CHUNKS) {
  for (const key of [...c.defines, ...(c.owner ? [c.owner] : [])]) BY_NAME.set(key, [...(BY_NAME.get(key) ?? []), c]);
  if (c.method) BY_METHOD.set(c.method, c);
}
/** Always needed: the boundary conversion and error handling around every exported function. */
const ROOTS = ['$export', '$pyError', '$fixStack', '$err'];

/**
 * The part of the runtime a translated solution needs, as one line of JavaScript that ends with
 * `var $RL = <column>;`, the first column of the user's own code on line 1. Keeping only what is
 * used makes each fresh sandbox start faster: QuickJS compiles everything it is given.
 */
export function runtimeFor(userCode: string): string {
  const kept = new Set<Chunk>();
  const seenNames = new Set<string>();
  const seenMethods = new Set<string>();
  const names = [...ROOTS, ...namesIn(userCode)];
  const methods = methodsIn(userCode);
  const keep = (c: Chunk) => {
    if (kept.has(c)) return;
    kept.add(c);
    names.push(...c.refs);
    methods.push(...c.methods);
  };
  while (names.length || methods.length) {
    const name = names.pop();
    if (name !== undefined && !seenNames.has(name)) {
      seenNames.add(name);
      for (const c of BY_NAME.get(name) ?? []) keep(c);
    }
    const method = methods.pop();
    if (method !== undefined && !seenMethods.has(method)) {
      seenMethods.add(method);
      const c = BY_METHOD.get(method);
      if (c) keep(c);
    }
  }
  const body = [...kept]
    .filter((c) => !c.defines.includes('$RL'))
    .sort((a, b) => a.index - b.index)
    .map((c) => c.text)
    .join(' ')
    .replace(/\s*\n\s*/g, ' ');
  const withMarker = (n: number) => `${body} var $RL = ${String(n).padStart(7, ' ')};`;
  return withMarker(withMarker(0).length);
}

/**
 * The runtime's own top-level names that a translated solution's code (without the runtime) uses:
 * what a runtime evaluated elsewhere must hand to the solution's context (python-realm.ts).
 */
export function runtimeNamesUsedBy(userCode: string): string[] {
  return namesIn(userCode).filter((n) => DEFINED.has(n));
}
const DEFINED = new Set(CHUNKS.flatMap((c) => c.defines));

/** The whole runtime as one line (for measuring and tests). */
export const PYTHON_RUNTIME = runtimeFor(CHUNKS.flatMap((c) => [...c.defines, ...(c.method ? [c.method] : [])]).join(' '));
