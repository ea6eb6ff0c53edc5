import { beforeAll, describe, expect, it } from 'vitest';
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { loadQuickJS } from '../../src/engine/quickjs-module';
import { translatePython, pythonLineOf } from '../../src/engine/python/translate';
import { runPython } from './run-python';
import { compileErrorReport } from '../../src/engine/grade';

let module: QuickJSWASMModule;
beforeAll(async () => {
  module = await loadQuickJS();
});

const def = (...lines: string[]) => ['def f(items):', ...lines.map((l) => `    ${l}`)].join('\n') + '\n';

/** [what, source, the message Python would give (or our supported alternative), the line it points at] */
const COMPILE_ERRORS: [string, string, RegExp, number][] = [
  ['missing block after for', 'def f(items):\n    total = 0\n    for x in items:\n    return total\n', /^IndentationError: expected an indented block after 'for' statement on line 3/, 4],
  ['missing block at end of file', 'def f(items):\n    if items:\n', /^IndentationError: expected an indented block after 'if' statement on line 2/, 3],
  ['missing body of a def', 'def f(items):\nx = 1\n', /expected an indented block after function definition on line 1/, 2],
  ['unexpected indent', def('x = 1', '    y = 2', 'return x'), /^IndentationError: unexpected indent/, 3],
  ['unindent to no level', 'def f(items):\n        x = 1\n    return x\n', /unindent does not match any outer indentation level/, 3],
  ['tabs mixed with spaces', 'def f(items):\n    x = 1\n\treturn x\n', /^TabError/, 3],
  ['missing colon', def('if items', '    return 1', 'return 0'), /^SyntaxError: expected ':'/, 2],
  ['= instead of ==', def('if items = 1:', '    return 1'), /Maybe you meant '==' instead of '='/, 2],
  ['JavaScript &&', def('if items && True:', '    return 1'), /'and' \/ 'or'/, 2],
  ['class', 'class Cart:\n    total = 0\n', /^Not supported here: classes.*plain functions/, 1],
  ['LeetCode class wrapper', 'class Solution:\n    def topK(self, nums, k):\n        return nums\n', /Write the method as a plain function at the top level, without self: def topK\(nums, k\):/, 1],
  ['decorator', 'import functools\n@functools.lru_cache\ndef f(items):\n    return items\n', /decorators.*memo = \{\}/, 2],
  ['yield', def('for x in items:', '    yield x'), /generators \(yield\).*Build a list/, 3],
  ['walrus', def('if (n := len(items)) > 2:', '    return n'), /walrus operator/, 2],
  ['with', def('with open("x") as fh:', '    pass'), /'with' blocks/, 2],
  ['async def', 'async def f(items):\n    return items\n', /async/, 1],
  ['unknown module', 'import numpy as np\ndef f(items):\n    return items\n', /^ImportError: module 'numpy' is not available here/, 1],
  ['unknown name in a module', 'from collections import namedtuple\n', /cannot import name 'namedtuple' from 'collections'/, 1],
  ['mutable default argument', 'def f(items, seen=[]):\n    return seen\n', /^Mutable default argument: seen=\[\].*seen=None/, 1],
  ['mutable default made by a call', 'def f(items, counts=dict()):\n    return counts\n', /^Mutable default argument/, 1],
  ['JavaScript method', def('items.push(1)', 'return items'), /'\.push' is JavaScript; in Python write \.append\(x\)/, 2],
  ['JavaScript property', def('return items.length'), /'\.length' is JavaScript; in Python write len\(x\)/, 2],
  ['JavaScript literal', def('return true'), /name 'true' is not defined\. Python writes True/, 2],
  ['attribute assignment', def('items.count = 3'), /setting attributes/, 2],
  ['return outside a function', 'return 1\n', /'return' outside function/, 1],
  ['break outside a loop', def('break'), /'break' outside loop/, 2],
  ['missing argument', 'def g(a, b):\n    return a\ndef f(items):\n    return g(items)\n', /g\(\) missing 1 required positional argument: 'b'/, 4],
  ['unknown keyword argument', 'def g(a):\n    return a\ndef f(items):\n    return g(a=1, z=2)\n', /unexpected keyword argument 'z'/, 4],
  ['starred assignment', def('first, *rest = items'), /starred assignment.*slicing/, 2],
];

/** [what, source, error text, line] — errors that happen while the code runs, in Python's words. */
const RUNTIME_ERRORS: [string, string, string, number][] = [
  ['undefined name', def('seen = set()', 'for x in items:', '    if x in seenn:', '        pass', 'return 1'), "NameError: name 'seenn' is not defined", 4],
  ['variable assigned only in a branch', def('if not items:', '    result = 0', 'return result'), "UnboundLocalError: cannot access local variable 'result' where it is not associated with a value", 4],
  ['index out of range', def('return items[len(items)]'), 'IndexError: list index out of range', 2],
  ['missing key', def('counts = {}', 'for x in items:', '    counts[x] += 1', 'return counts'), "KeyError: 1", 4],
  ['unhashable list in a set', def('seen = set()', 'seen.add(items)', 'return 1'), "TypeError: unhashable type: 'list'", 3],
  ['unhashable list as a dict key', def('d = {}', 'd[[1, 2]] = 3'), "TypeError: unhashable type: 'list'", 3],
  ['str + int', def('return "total: " + len(items)'), 'TypeError: can only concatenate str (not "int") to str', 2],
  ['None has no method', def('best = None', 'best.append(1)'), "AttributeError: 'NoneType' object has no attribute 'append'", 3],
  ['method of the wrong type', def('return "abc".append(1)'), "AttributeError: 'str' object has no attribute 'append'", 2],
  ['comparing None with a number', def('best = None', 'for x in items:', '    if x > best:', '        best = x', 'return best'), "TypeError: '>' not supported between instances of 'int' and 'NoneType'", 4],
  ['division by zero', def('return sum(items) / len([])'), 'ZeroDivisionError: division by zero', 2],
  ['modulo by zero', def('return 5 % 0'), 'ZeroDivisionError: integer division or modulo by zero', 2],
  ['tuple is immutable', def('t = (1, 2)', 't[0] = 5'), "TypeError: 'tuple' object does not support item assignment", 3],
  ['unpacking the wrong count', def('a, b = items'), 'ValueError: too many values to unpack (expected 2)', 2],
  ['float as a range bound', def('for i in range(len(items) / 2):', '    pass'), "TypeError: 'float' object cannot be interpreted as an integer", 2],
  ['pop from an empty list', def('stack = []', 'return stack.pop()'), 'IndexError: pop from empty list', 3],
  ['max of nothing', def('return max([])'), 'ValueError: max() arg is an empty sequence', 2],
  ['error in a nested helper points at the helper', 'def helper(d):\n    return d["missing"]\n\ndef f(items):\n    return helper({})\n', "KeyError: 'missing'", 2],
  ['error inside a comprehension', def('return [items[i + 1] for i in range(len(items))]'), 'IndexError: list index out of range', 2],
  ['raise', def('raise ValueError("bad input")'), 'ValueError: bad input', 2],
  ['sorting mixed types', def('return sorted(items + ["a"])'), "TypeError: '<' not supported between instances of 'int' and 'str'", 2],
  ['input()', def('return input()'), "NameError: 'input' is not available here: there is no keyboard input: the function receives its data as arguments", 2],
];

describe('compile errors name the construct, the line and what to write instead', () => {
  it.each(COMPILE_ERRORS)('%s', (_what, source, message, line) => {
    const r = runPython(module, source, 'f', [[1, 2, 3]]);
    expect(r.kind).toBe('compile-error');
    if (r.kind !== 'compile-error') return;
    expect(r.message).toMatch(message);
    expect(r.line).toBe(line);
  });
});

describe('runtime errors are Python errors at the pseudocode line', () => {
  it.each(RUNTIME_ERRORS)('%s', (_what, source, error, line) => {
    const r = runPython(module, source, 'f', [[1, 2, 3]]);
    expect(r).toMatchObject({ kind: 'failed', verdict: 'runtime-error', error, line });
  });

  it('too deep recursion is a clean runtime error at the recursive line', () => {
    const r = runPython(module, 'def f(items):\n    return 1 + f(items)\n', 'f', [[]]);
    expect(r).toMatchObject({ kind: 'failed', verdict: 'runtime-error', line: 2 });
  });

  it('an endless loop is a time limit', () => {
    const r = runPython(module, def('while True:', '    pass'), 'f', [[]]);
    expect(r).toMatchObject({ kind: 'failed', verdict: 'time-limit' });
  });
});

describe('translation keeps the user lines', () => {
  it('every statement stays on its own line, and the runtime is on line 1 only', () => {
    const source = def('total = 0', 'for x in items:', '    if x % 2 == 0:', '        total += x', 'return total');
    const t = translatePython(source);
    expect(t.ok).toBe(true);
    if (!t.ok) return;
    const lines = t.code.split('\n');
    expect(lines).toHaveLength(source.split('\n').length);
    expect(lines[1]).toContain('total = 0');
    expect(lines[3]).toContain('if ($eq($mod(x, 2), 0))');
    expect(lines[4]).toContain('total = $iadd(total, 1)'.replace('1', 'x'));
    expect(pythonLineOf(t, 1, 10)).toBeUndefined();
    expect(pythonLineOf(t, 5)).toBe(5);
    expect(pythonLineOf(t, 1, t.runtimeColumns + 1)).toBe(1);
  });

  it('accepts snake_case for the camelCase function name, and module-level test code is skipped', () => {
    const source = 'def first_unique(ids):\n    return ids[0]\n\nif __name__ == "__main__":\n    print(first_unique(input()))\n';
    expect(runPython(module, source, 'firstUnique', [['a']])).toEqual({ kind: 'returned', value: 'a', console: [] });
  });

  it('sets iterate in one fixed order that is neither insertion nor sorted order, so relying on either fails the same way everywhere', () => {
    const source = 'def dedupe(items):\n    return list(set(items))\n';
    // First seen: b, c, a; sorted: a, b, c. The set lists them newest first, in O(n): a, c, b.
    expect(runPython(module, source, 'dedupe', [['b', 'c', 'a', 'b']])).toEqual({ kind: 'returned', value: ['a', 'c', 'b'], console: [] });
    // In CPython small ints happen to come out sorted; here they do not, so a forgotten sorted() is caught.
    expect(runPython(module, source, 'dedupe', [[1, 2, 3]])).toEqual({ kind: 'returned', value: [3, 2, 1], console: [] });
  });

  it('a method can be passed as a value: key=counts.get, map(str.lower, …)', () => {
    const source = 'import heapq\nfrom collections import Counter\n\ndef top(words, k):\n    counts = Counter(map(str.lower, words))\n    return heapq.nlargest(k, counts.keys(), key=counts.get)\n';
    expect(runPython(module, source, 'top', [['b', 'A', 'a', 'B', 'a'], 1])).toEqual({ kind: 'returned', value: ['a'], console: [] });
  });

  it('print writes Python-formatted lines to the console', () => {
    const r = runPython(module, def('print("n =", len(items), items, None, True, {"a": (1, 2)})', 'return 0'), 'f', [[1, 'x']]);
    expect(r).toEqual({ kind: 'returned', value: 0, console: ["n = 2 [1, 'x'] None True {'a': (1, 2)}"] });
  });

  it('translates the largest reference quickly enough to run on every keystroke-driven Run', () => {
    // Size only (timing lives in the benchmark): the translation is about as long as the source plus the runtime.
    const t = translatePython(def(...Array.from({ length: 200 }, (_, i) => `x${i} = [v * ${i} for v in items if v > ${i}]`), 'return 0'));
    expect(t.ok).toBe(true);
  });
});

describe('pseudocode messages in Python terms, with one location each', () => {
  it('names the line once in a compile error', () => {
    for (const source of [def('x = items.total', 'return x'), def('if True', '    return 1')]) {
      const translated = translatePython(source);
      if (translated.ok) throw new Error('expected a compile error');
      const report = compileErrorReport('p', 'submit', [], translated.error);
      expect(report.compileError!.message.match(/line \d+/g)).toEqual(['line 2']);
    }
  });

  it("explains attribute access on a dict as a key read, x['name']", () => {
    const translated = translatePython(def('return items.total'));
    expect(translated.ok ? '' : translated.error.message).toBe("AttributeError: '.total' is not a method of str, list, dict or set here. To read a dict's value, write x['total'] instead of x.total");
  });

  it('suggests a Python copy when a read-only input was changed', async () => {
    const { changedInputMessage } = await import('../../src/engine/grade');
    expect(changedInputMessage(['grid'], 'python')).toContain('grid = list(grid), or [row[:] for row in grid]');
    expect(changedInputMessage(['grid'], 'python')).not.toContain('[...');
    expect(changedInputMessage(['grid'])).toContain('[...grid]');
  });
});
