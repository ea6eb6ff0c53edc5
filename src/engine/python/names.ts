/** Python built-in names and the runtime value each stands for (see runtime.ts). */
export const BUILTINS: Record<string, string> = {
  len: '$len', range: '$range', print: '$print', sorted: '$sorted', min: '$min', max: '$max', sum: '$sum',
  abs: '$abs', any: '$any', all: '$all', enumerate: '$enumerate', zip: '$zip', reversed: '$reversed',
  map: '$map', filter: '$filter', list: '$list', set: '$set0', dict: '$dict', tuple: '$tuple', str: '$str0',
  int: '$int', float: '$float', bool: '$bool', ord: '$ord', chr: '$chr', round: '$round', divmod: '$divmod',
  pow: '$pow0', isinstance: '$isinstance', next: '$next', hash: '$hash', repr: '$repr', iter: '$list',
  __name__: '"solution"',
};

export const EXCEPTIONS = [
  'Exception', 'BaseException', 'ValueError', 'KeyError', 'IndexError', 'TypeError', 'RuntimeError', 'ZeroDivisionError',
  'AssertionError', 'StopIteration', 'NotImplementedError', 'ArithmeticError', 'LookupError', 'NameError',
  'AttributeError', 'OverflowError', 'RecursionError',
];

/** Built-ins a solution here cannot use, each with what to do instead. */
export const UNAVAILABLE: Record<string, string> = {
  input: 'there is no keyboard input: the function receives its data as arguments',
  open: 'there are no files here: the function receives its data as arguments',
  eval: 'eval is not available: write the logic out',
  exec: 'exec is not available: write the logic out',
  globals: 'globals() is not available: use a dict of your own',
  locals: 'locals() is not available: use a dict of your own',
  type: 'type() is not available here: use isinstance(x, int) and so on',
  frozenset: 'frozenset is not available: use a tuple of sorted items as a hashable key',
  bytes: 'bytes are not available: work with str',
  bytearray: 'bytearray is not available: work with str or a list',
  complex: 'complex numbers are not available',
  getattr: 'getattr is not available: there are no objects with attributes here; use a dict',
  setattr: 'setattr is not available: use a dict',
  hasattr: 'hasattr is not available: use a dict and "in"',
  super: 'classes are not supported: write plain functions',
  object: 'classes are not supported: write plain functions',
};

/** Names a JavaScript engine reads differently: such a Python name gets a `$` suffix in the translation. */
export const JS_RESERVED = new Set(
  (
    'arguments await break case catch class const continue debugger default delete do else enum eval export extends ' +
    'false finally for function if implements import in instanceof interface let new null package private protected ' +
    'public return static super switch this throw true try typeof var void while with yield undefined NaN Infinity ' +
    'globalThis console Map Set Object Array JSON Math String Number Boolean Error TypeError RangeError Symbol Promise ' +
    'Reflect Proxy Date RegExp parseInt parseFloat isNaN isFinite BigInt WeakMap WeakSet Function __tsc __tsw'
  ).split(' '),
);

/** Module members the runtime provides, by module. */
export const MODULES: Record<string, string[]> = {
  collections: ['deque', 'defaultdict', 'Counter', 'OrderedDict'],
  heapq: ['heappush', 'heappop', 'heapify', 'heappushpop', 'heapreplace', 'nsmallest', 'nlargest'],
  bisect: ['bisect_left', 'bisect_right', 'bisect', 'insort', 'insort_left', 'insort_right'],
  math: ['inf', 'pi', 'e', 'nan', 'sqrt', 'isqrt', 'floor', 'ceil', 'trunc', 'fabs', 'exp', 'log', 'log2', 'log10', 'pow', 'gcd', 'isclose', 'comb', 'factorial'],
  string: ['ascii_lowercase', 'ascii_uppercase', 'ascii_letters', 'digits', 'punctuation', 'whitespace'],
  sys: ['maxsize'],
  functools: ['reduce', 'cmp_to_key'],
  typing: ['List', 'Dict', 'Set', 'Tuple', 'Optional', 'Any', 'Union', 'Iterable', 'Sequence', 'Deque', 'DefaultDict', 'Counter'],
};

/** Methods the runtime knows (runtime.ts `$M`), for any receiver. */
export const METHODS = new Set(
  (
    'append appendleft extend extendleft insert pop popleft remove clear copy index count sort reverse rotate add discard ' +
    'update union intersection difference symmetric_difference issubset issuperset isdisjoint get setdefault items keys ' +
    'values popitem move_to_end most_common fromkeys lower upper casefold title capitalize swapcase strip lstrip rstrip split ' +
    'rsplit splitlines join replace startswith endswith find rfind isspace isdigit isnumeric isalpha isalnum islower ' +
    'isupper zfill ljust rjust center format partition rpartition removeprefix removesuffix rindex isdecimal isascii ' +
    'istitle expandtabs'
  ).split(' '),
);

/** Keyword arguments of runtime functions that take them by position, in order after the receiver. */
export const KEYWORD_POSITIONS: Record<string, string[]> = {
  $enumerate: ['iterable', 'start'],
  $int: ['x', 'base'],
  $round: ['number', 'ndigits'],
  $sum: ['iterable', 'start'],
  'collections.defaultdict': ['default_factory'],
  'collections.deque': ['iterable', 'maxlen'],
  $next: ['iterator', 'default'],
  $pow0: ['base', 'exp', 'mod'],
  split: ['sep', 'maxsplit'],
  rsplit: ['sep', 'maxsplit'],
  get: ['key', 'default'],
  pop: ['key', 'default'],
  setdefault: ['key', 'default'],
  most_common: ['n'],
  move_to_end: ['key', 'last'],
  insert: ['index', 'object'],
  index: ['value', 'start'],
  rotate: ['n'],
  'bisect.bisect_left': ['a', 'x', 'lo', 'hi'],
  'bisect.bisect_right': ['a', 'x', 'lo', 'hi'],
  'bisect.bisect': ['a', 'x', 'lo', 'hi'],
};

/** Runtime functions that take keyword arguments as a trailing `$kw({...})`. */
export const KEYWORD_OBJECT = new Set(['$sorted', '$min', '$max', '$print', '$dict', 'heapq.nsmallest', 'heapq.nlargest', 'sort', 'update', 'format', 'popitem']);

/** What a JavaScript habit is called in Python. */
export const JS_HABITS: Record<string, string> = {
  push: '.append(x)', length: 'len(x)', size: 'len(x)', toLowerCase: '.lower()', toUpperCase: '.upper()', trim: '.strip()',
  includes: 'x in items', has: 'x in items', indexOf: '.index(x) or .find(x)', forEach: 'a for loop', concat: 'a + b',
  substring: 'slicing s[a:b]', substr: 'slicing s[a:b]', slice: 'slicing s[a:b]', shift: 'deque.popleft()',
  unshift: 'deque.appendleft(x)', splice: 'slicing or del items[i]', filter: 'a list comprehension', map: 'a list comprehension',
  reduce: 'a for loop', set: 'd[key] = value', delete: 'del d[key]', entries: '.items()', trimStart: '.lstrip()',
  trimEnd: '.rstrip()', charAt: 's[i]', startsWith: '.startswith(x)', endsWith: '.endswith(x)', toString: 'str(x)',
  sortBy: 'sorted(items, key=…)',
};

/** Names a JavaScript writer reaches for, with the Python spelling. */
export const JS_NAMES: Record<string, string> = {
  true: 'True', false: 'False', null: 'None', undefined: 'None', this: 'a parameter', console: 'print(...)',
  Math: 'the math module (import math) or min/max/abs', Infinity: "float('inf')", NaN: "float('nan')",
};
