import { beforeAll, describe, expect, it } from 'vitest';
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { loadQuickJS } from '../../src/engine/quickjs-module';
import type { Json } from '../../src/engine/types';
import { evalPython } from './run-python';

/**
 * Python semantics, construct by construct. Each body runs as `def f(): <body>`; the expected value
 * is what CPython 3.11 returned for the same body (tuples become lists as they cross to JSON).
 */
const SEMANTICS: [string, string, Json][] = [
  ["floor division and modulo on negatives", "return [-7 // 2, 7 // -2, -7 % 3, 7 % -3, -7.5 // 2, 7 // 2]", [-4,-4,2,-2,-4,3]],
  ["true division is always float, int() truncates", "return [7 / 2, 6 / 3, int(-3.7), int(3.9), int('42'), int(' -8 ')]", [3.5,2,-3,3,42,-8]],
  ["powers and big integers stay exact", "return [2 ** 10, 2 ** -1, str(2 ** 64), str(10 ** 20 // 7), (2 ** 64) % 1000, str(-(2 ** 70) // 7)]", [1024,0.5,"18446744073709551616","14285714285714285714",616,"-168655945816773043347"]],
  ["bit operators past 32 bits", "return [0x811C9DC5 & 0xFFFFFFFF, (0x811C9DC5 * 0x01000193) & 0xFFFFFFFF, 1 << 40, 5 ^ 3, ~5, 6 | 9]", [2166136261,84696351,1099511627776,6,-6,15]],
  ["chained comparisons", "x = 5\nreturn [1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, 3 == 3.0 == 3]", [true,false,true,true]],
  ["truthiness of empty containers", "return [bool([]), bool({}), bool(set()), bool(''), bool(0), bool(0.0), bool(None), bool([0]), bool(' '), not []]", [false,false,false,false,false,false,false,true,true,true]],
  ["equality by value", "return [[1, [2]] == [1, [2]], {'a': [1]} == {'a': [1]}, {1, 2} == {2, 1}, (1, 2) == (1, 2), (1, 2) == [1, 2], 1 == True, [] == [], 'a' == 'a']", [true,true,true,true,false,true,true,true]],
  ["and / or return operands", "return [0 or 'x', [] or [1], 3 and 4, 0 and 4, None or 0, not 0 and 5, not 1 or 7]", ["x",[1],4,0,0,5,7]],
  ["negative indices and slices", "x = [1, 2, 3, 4, 5]\ns = 'hello'\nreturn [x[-1], x[-2:], x[:-2], x[::-1], x[::2], x[1:100], x[4:1], s[::-1], s[1:-1], s[-3:]]", [5,[4,5],[1,2,3],[5,4,3,2,1],[1,3,5],[2,3,4,5],[],"olleh","ell","llo"]],
  ["dicts keep insertion order", "d = {}\nd['b'] = 1\nd['a'] = 2\nd['b'] = 3\ndel d['a']\nd['c'] = 4\nreturn [list(d), list(d.values()), list(d.items())]", [["b","c"],[3,4],[["b",3],["c",4]]]],
  ["stable sorted with key and reverse", "pairs = [('b', 2), ('a', 1), ('c', 2), ('d', 1)]\nreturn [sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[1], reverse=True), sorted([3, 1, 2], reverse=True), sorted(['bb', 'a', 'ccc'], key=len)]", [[["a",1],["d",1],["b",2],["c",2]],[["b",2],["c",2],["a",1],["d",1]],[3,2,1],["a","bb","ccc"]]],
  ["list.sort in place returns None", "x = [3, 1, 2]\nr = x.sort()\nreturn [x, r]", [[1,2,3],null]],
  ["comprehensions and generator expressions", "return [[x * x for x in range(5) if x % 2 == 0], sorted({x % 3 for x in range(10)}), {k: v for k, v in [('a', 1), ('b', 2)]}, sum(x for x in range(5)), [(i, j) for i in range(2) for j in range(2)], any(x > 3 for x in [1, 5]), all(x > 3 for x in [])]", [[0,4,16],[0,1,2],{"a":1,"b":2},10,[[0,0],[0,1],[1,0],[1,1]],true,true]],
  ["lambda, closures and nonlocal", "def make():\n    count = 0\n    def inc(by=1):\n        nonlocal count\n        count += by\n        return count\n    return inc\ninc = make()\ninc()\ninc(5)\nsquare = lambda v: v ** 2\nreturn [inc(), square(4)]", [7,16]],
  ["f-strings", "name = 'Ann'\nscore = 3.14159\nn = 42\nreturn f'{name}: {score:.2f} {n:>5} {n:05d} {{braces}} {name!r} {1000000:,} {0.25:.0%}'", "Ann: 3.14    42 00042 {braces} 'Ann' 1,000,000 25%"],
  ["tuple unpacking and swaps", "a, b = 1, 2\na, b = b, a\n(c, d), e = (3, 4), 5\nfirst, second = 'xy'\nreturn [a, b, c, d, e, first, second]", [2,1,3,4,5,"x","y"]],
  ["augmented assignment", "x = 10\nx += 5\nx -= 3\nx *= 2\nx //= 5\nx **= 2\nx %= 7\nl = [1]\nm = l\nl += [2]\ns = 'a'\ns += 'b'\nreturn [x, l, m, s]", [2,[1,2],[1,2],"ab"]],
  // Issue 25, recorded from CPython 3.11.7: real str methods, O(1) popitem/next(iter), count/index like JavaScript.
  ["str partition and rpartition", "return ['a=b=c'.partition('='), 'a=b=c'.rpartition('='), 'abc'.partition('='), 'abc'.rpartition('=')]",[["a", "=","b=c"],["a=b","=","c"],["abc","",""],["","","abc"]]],
  ["str casefold zfill center removeprefix", "return ['Straße'.casefold(), '42'.zfill(5), '-42'.zfill(5), 'ab'.center(6, '*'), 'abc'.center(6), 'prefix-x'.removeprefix('prefix-'), 'x.py'.removesuffix('.py'), 'x'.removeprefix('')]",["strasse", "00042","-0042","**ab**"," abc  ","x","x","x"]],
  ["str rindex isdecimal isascii istitle expandtabs", "return ['abcabc'.rindex('b'), '123'.isdecimal(), '12a'.isdecimal(), 'abc'.isascii(), 'Hello World'.istitle(), 'hello World'.istitle(), 'a\\tb'.expandtabs(4)]",[4,true,false,true,true,false,"a   b"]],
  ["popitem last=False and move_to_end", "from collections import OrderedDict\nd = OrderedDict()\nfor k in 'abcd':\n    d[k] = ord(k)\nd.move_to_end('a')\nfirst = d.popitem(last=False)\nlast = d.popitem()\nd.move_to_end('d', last=False)\nreturn [first, last, list(d.keys())]",[["b",98],["a",97],["d", "c"]]],
  ["next of iter", "d = {'x': 1, 'y': 2}\ne = {}\nreturn [next(iter(d)), next(iter(e), 'none'), next(iter([5, 6])), next(iter('hi'))]",["x", "none",5,"h"]],
  ["list count index and in", "xs = [1, 2, 2, 'a', 2, 'a', True, 1.0]\nreturn [xs.count(2), xs.count('a'), xs.count(1), xs.index(2), xs.index('a', 4), 2 in xs, 'b' in xs, [1, 2] in [[1, 2]], [[1, 2], [1, 2]].count([1, 2])]",[3,2,3,1,5,true,false,true,2]],
  ["collections", "from collections import deque, defaultdict, Counter\nq = deque([1, 2])\nq.append(3)\nq.appendleft(0)\nfirst = q.popleft()\nlast = q.pop()\ng = defaultdict(list)\ng['a'].append(1)\ng['a'].append(2)\nc = Counter('abracadabra')\nreturn [first, last, list(q), len(q), dict(g), c.most_common(2), c['z'], c['a']]", [0,3,[1,2],2,{"a":[1,2]},[["a",5],["b",2]],0,5]],
  ["heapq with tuples", "import heapq\nh = []\nfor item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]:\n    heapq.heappush(h, item)\nout = [heapq.heappop(h) for _ in range(len(h))]\nreturn [out, heapq.nlargest(2, [5, 1, 9, 3]), heapq.nsmallest(2, [5, 1, 9, 3])]", [[[1,"a"],[1,"z"],[2,"b"],[3,"c"]],[9,5],[1,3]]],
  ["string methods", "s = '  Hello, World  '\nreturn [s.lower(), s.upper(), s.split(), 'a,b,,c'.split(','), s.strip(), '-'.join(['x', 'y']), 'aXbXc'.replace('X', '.'), s.strip().startswith('Hell'), 'x.py'.endswith('.py'), ' \\t'.isspace(), '123'.isdigit(), '12a'.isdigit(), 'abc'.isalpha(), 'ab1'.isalpha(), 'banana'.count('a'), 'banana'.find('n')]", ["  hello, world  ","  HELLO, WORLD  ",["Hello,","World"],["a","b","","c"],"Hello, World","x-y","a.b.c",true,true,true,true,false,true,false,3,2]],
  ["built-ins", "return [len('abc'), min([4, 2, 8]), max([4, 2, 8]), max(['a', 'bb'], key=len), min([], default=0), sum([1, 2, 3]), abs(-4), list(enumerate('ab', 1)), list(zip([1, 2], 'ab')), list(reversed([1, 2, 3])), ord('a'), chr(98), divmod(-7, 2), round(2.5), round(3.5), round(2.675, 2), round(0.125, 2)]", [3,2,8,"bb",0,6,4,[[1,"a"],[2,"b"]],[[1,"a"],[2,"b"]],[3,2,1],97,"b",[-4,1],2,4,2.67,0.12]],
  ["str() and print formats", "return [str(3), str(True), str(None), str([1, 'a', None]), str((1,)), str({'k': (1, 2)}), str(1.5), repr('it\\'s'), str(float('inf'))]", ["3","True","None","[1, 'a', None]","(1,)","{'k': (1, 2)}","1.5","\"it's\"","inf"]],
  ["range forms", "return [list(range(4)), list(range(2, 6)), list(range(10, 0, -3)), list(range(0)), len(range(5))]", [[0,1,2,3],[2,3,4,5],[10,7,4,1],[],5]],
  ["loops with break, continue and else", "found = None\nfor x in [1, 3, 4, 5]:\n    if x % 2 == 0:\n        found = x\n        break\nelse:\n    found = -1\nn = 0\nwhile n < 10:\n    n += 1\n    if n % 3:\n        continue\n    if n > 7:\n        break\nfor y in []:\n    pass\nelse:\n    y = 'empty'\nreturn [found, n, y]", [4,9,"empty"]],
  ["dict methods", "d = {'a': 1}\nd.setdefault('b', []).append(2)\nv = d.pop('a')\nreturn [v, d, d.get('zz'), d.get('zz', 0), 'b' in d, dict.fromkeys('xy', 0), len(d), list(d.keys())]", [1,{"b":[2]},null,0,true,{"x":0,"y":0},1,["b"]]],
  ["set operations", "s = {1, 2, 3}\ns.add(4)\ns.discard(10)\ns.remove(1)\nt = {3, 4, 5}\nreturn [sorted(s | t), sorted(s & t), sorted(s - t), 2 in s, len(s)]", [[2,3,4,5],[3,4],[2],true,3]],
  ["tuple keys", "grid = {}\ngrid[(0, 1)] = 'a'\ngrid[0, 2] = 'b'\nseen = set()\nseen.add((1, 2))\nreturn [grid[(0, 1)], grid[(0, 2)], (1, 2) in seen, (2, 1) in seen, len(grid)]", ["a","b",true,false,2]],
  ["try and except", "def safe(d, k):\n    try:\n        return d[k]\n    except KeyError:\n        return 'missing'\n    finally:\n        pass\ntry:\n    int('x')\n    r = 'no'\nexcept (ValueError, TypeError) as e:\n    r = 'bad: ' + str(e)\nreturn [safe({'a': 1}, 'a'), safe({}, 'b'), r]", [1,"missing","bad: invalid literal for int() with base 10: 'x'"]],
  ["list methods", "l = [3, 1, 2]\nl.insert(0, 9)\nl.extend([7, 7])\nl.remove(7)\nlast = l.pop()\nfirst = l.pop(0)\nreturn [l, last, first, l.index(2), l.count(1), l.copy(), [0] * 3, [[0] * 2 for _ in range(2)]]", [[3,1,2],7,9,2,1,[3,1,2],[0,0,0],[[0,0],[0,0]]]],
  ["recursion", "def fib(n, memo=None):\n    if memo is None:\n        memo = {}\n    if n < 2:\n        return n\n    if n not in memo:\n        memo[n] = fib(n - 1, memo) + fib(n - 2, memo)\n    return memo[n]\nreturn [fib(30), fib(90)]", [832040,2880067194370816000]],
];

let module: QuickJSWASMModule;
beforeAll(async () => {
  module = await loadQuickJS();
});

describe('pseudocode means what Python means', () => {
  it.each(SEMANTICS)('%s', (_name, body, expected) => {
    expect(evalPython(module, body)).toEqual({ kind: 'returned', value: expected, console: [] });
  });
});
