import { beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { TestQuickJSWASMModule, type QuickJSWASMModule } from 'quickjs-emscripten-core';
import { loadQuickJS } from '../../src/engine/quickjs-module';
import { openSandbox, runInSandbox, type SandboxCall } from '../../src/engine/sandbox';
import { runJudgeJob, type JobEvent } from '../../src/engine/judge';
import { DEFAULT_LIMITS } from '../../src/engine/limits';
import { transpile } from '../../src/engine/transpile';
import { translatePython } from '../../src/engine/python/translate';
import { splitPythonTranslation } from '../../src/engine/python-realm';
import { chargeSpreads } from '../../src/engine/spread-charges';
import type { Json } from '../../src/engine/types';

let base: QuickJSWASMModule;
let module: TestQuickJSWASMModule;
beforeAll(async () => {
  base = await loadQuickJS();
});
// Leak checks: every handle of every sandbox must be released (quickjs-emscripten's own test habit).
beforeEach(() => {
  module = new TestQuickJSWASMModule(base);
});
afterEach(() => {
  module.disposeAll();
  module.assertNoMemoryAllocated();
});

const call = (code: string, args: Json[] = [], extra: Partial<SandboxCall> = {}) =>
  runInSandbox(module, { code, usesModules: false, functionName: 'f', args, limits: DEFAULT_LIMITS, timeBudgetMs: 500, ...extra });

describe('runInSandbox', () => {
  it('calls the function with JSON arguments and returns plain JSON', () => {
    const r = call('function f(a, b) { return { sum: a + b.x, list: [a, -0] }; }', [1, { x: 2 }]);
    expect(r).toMatchObject({ status: 'returned', value: { sum: 3, list: [1, 0] } });
  });

  it('awaits async functions through the job queue', () => {
    const r = call('async function f(n) { let t = 0; for (let i = 0; i < n; i++) t += await Promise.resolve(i); return t; }', [10]);
    expect(r).toMatchObject({ status: 'returned', value: 45 });
  });

  it('captures console output per level, formatted like a developer expects', () => {
    const r = call("function f() { console.log('hi', [1, 'a'], { k: new Set([2]) }); console.warn(undefined); console.error(new Error('x')); return null; }");
    expect(r.status).toBe('returned');
    if (r.status === 'missing-function') return;
    expect(r.console).toEqual([
      { level: 'log', text: 'hi [1, "a"] { k: Set(1) {2} }' },
      { level: 'warn', text: 'undefined' },
      { level: 'error', text: 'Error: x' },
    ]);
  });

  it('stops a console flood with output-limit even when the user catches errors', () => {
    // A generous wall clock and the judge's work budget: the output limit must come first even on a busy machine.
    const r = call("function f() { for (;;) { try { console.log('x'.repeat(100)); } catch (e) {} } }", [], { timeBudgetMs: 10_000, workBudget: 2000 });
    expect(r).toMatchObject({ status: 'failed', verdict: 'output-limit' });
    if (r.status === 'missing-function') return;
    expect(r.console.reduce((n, l) => n + l.text.length, 0)).toBeLessThanOrEqual(DEFAULT_LIMITS.consoleBytes);
  });

  it('interrupts an infinite loop at the time budget', () => {
    const started = performance.now();
    const r = call('function f() { while (true) {} }', [], { timeBudgetMs: 200 });
    expect(r).toMatchObject({ status: 'failed', verdict: 'time-limit' });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('reports a thrown error with its line and column', () => {
    const r = call('function f(x) {\n  return x.y.z;\n}', [{}]);
    expect(r).toMatchObject({ status: 'failed', verdict: 'runtime-error', position: { line: 2 } });
    if (r.status === 'failed') expect(r.message).toMatch(/TypeError/);
  });

  it('gives a clean stack-overflow error that suggests an explicit stack', () => {
    const r = call('function f(n) { return f(n + 1) + 1; }', [0]);
    expect(r).toMatchObject({ status: 'failed', verdict: 'runtime-error' });
    if (r.status === 'failed') expect(r.message).toMatch(/explicit stack/);
  });

  it('lets a recursive DFS go 500 levels deep', () => {
    const dfs = 'function f(n) { const seen = new Set(); function go(i) { seen.add(i); for (const next of [i + 1]) { if (next < n && !seen.has(next)) go(next); } } go(0); return seen.size; }';
    expect(call(dfs, [500])).toMatchObject({ status: 'returned', value: 500 });
  });

  it('stops a memory bomb with memory-limit', () => {
    const r = call('function f() { const hog = []; for (let i = 0; ; i++) hog.push(new Array(100000).fill(i)); }', [], { timeBudgetMs: 10_000 });
    expect(r).toMatchObject({ status: 'failed', verdict: 'memory-limit' });
  });

  // Every growth pattern ends as memory-limit, not time-limit: the WebAssembly memory is the real
  // cap (quickjs-module.ts). Generous wall and work limits: how fast is the benchmark's business.
  it.each([
    ['pushed numbers', 'const a = []; while (true) a.push(a.length * 1.5);'],
    ['pushed 1 MiB strings', "const a = []; for (let i = 0; ; i++) a.push('x'.repeat(1 << 20) + i);"],
    ['small objects', "const a = []; for (let i = 0; ; i++) a.push({ id: i, label: 'row ' + i, tags: [i] });"],
    ['Map entries', "const m = new Map(); for (let i = 0; ; i++) m.set('key-' + i, [i, i + 1]);"],
  ])('ends a memory bomb of %s with memory-limit and a memory message', (_name, body) => {
    const r = call(`function f() { ${body} }`, [], { timeBudgetMs: 60_000, workBudget: 1e9 });
    expect(r).toMatchObject({ status: 'failed', verdict: 'memory-limit', cause: 'memory' });
    if (r.status === 'failed') expect(r.message).toMatch(/more than 64 MiB of memory/);
  }, 90_000);

  it('exposes no host objects and fixes Math.random and Date', () => {
    const probe = "function f() { return [typeof process, typeof require, typeof fetch, typeof std, typeof os, typeof setTimeout, typeof window, new Date().toISOString(), Math.random()]; }";
    const first = call(probe);
    const second = call(probe);
    expect(first.status).toBe('returned');
    if (first.status !== 'returned' || second.status !== 'returned') return;
    expect((first.value as Json[]).slice(0, 7)).toEqual(Array(7).fill('undefined'));
    expect((first.value as Json[])[7]).toBe('2026-01-01T00:00:00.000Z');
    expect(second.value).toEqual(first.value);
  });

  it('does not share state between calls', () => {
    const code = 'globalThis.count = (globalThis.count || 0) + 1; function f() { return globalThis.count; }';
    expect(call(code)).toMatchObject({ value: 1 });
    expect(call(code)).toMatchObject({ value: 1 });
  });

  it('says when the function is missing', () => {
    expect(call('function g() {}')).toEqual({ status: 'missing-function', found: 'undefined' });
  });

  it('finds exported functions of ES-module code', () => {
    const t = transpile('export default function f(x) { return x * 2; }', 'javascript');
    if (!t.ok) throw new Error('transpile failed');
    expect(runInSandbox(module, { code: t.code, usesModules: true, functionName: 'f', args: [21], limits: DEFAULT_LIMITS, timeBudgetMs: 500 })).toMatchObject({ value: 42 });
  });

  it('calls a non-JSON answer a wrong answer and says why', () => {
    const r = call('function f() { return [1, NaN]; }');
    expect(r).toMatchObject({ status: 'failed', verdict: 'wrong-answer' });
    if (r.status === 'failed') expect(r.message).toBe('The list you returned has `NaN` at position 1, which is not a valid answer (a division by zero, or arithmetic on a missing value?).');
  });

  it('says where an undefined sits, in words a PM reads', () => {
    const message = (code: string) => {
      const r = call(code);
      return r.status === 'failed' ? r.message : '';
    };
    expect(message('function f() { return [undefined, 1]; }')).toMatch(/^The list you returned has `undefined` at position 0 /);
    expect(message('function f() { return { total: undefined, n: NaN }; }')).toMatch(/^The object you returned has `NaN` under the key "n"/);
    expect(message('function f() { return [{ id: [1, undefined] }]; }')).toMatch(/^Your answer has `undefined` at \[0\]\.id\[1\] /);
    expect(message('function f() { }')).toBe('Your function returned `undefined`: did it forget to return its result?');
  });
});

/**
 * A session (one runtime, the answer reader parsed once) runs every case of a submission, each in a
 * fresh context: nothing one case does may reach the next, and the answer reader stays out of reach.
 */
describe('cases sharing a session', () => {
  const inSession = (codes: string[], args: Json[] = []) => {
    const session = openSandbox(module);
    try {
      return codes.map((code) => session.run({ code, usesModules: false, functionName: 'f', args, limits: DEFAULT_LIMITS, timeBudgetMs: 5000, workBudget: 2000 }));
    } finally {
      session.close();
    }
  };

  it('gives each case fresh globals and built-ins, whatever the case before changed', () => {
    const tamper = `globalThis.count = (globalThis.count || 0) + 1; leaked = 'yes';
      Array.prototype.sum = function () { return 1; }; Object.prototype.polluted = true; JSON.stringify = () => 'forged';
      Math.random(); Math.random(); Object.freeze(Array.prototype);
      function f() { return [globalThis.count, typeof leaked, typeof [].sum, ({}).polluted === true, Math.random()]; }`;
    const [first, second] = inSession([tamper, tamper]);
    expect(first).toMatchObject({ status: 'returned' });
    expect(second).toEqual({ ...first, timeMs: (second as { timeMs: number }).timeMs });
    if (first.status === 'returned') expect((first.value as Json[]).slice(0, 4)).toEqual([1, 'string', 'function', true]);
  });

  it('gives each case the same work, whatever ran before it', () => {
    const busy = 'function f(n) { let s = 0; for (let i = 0; i < n; i++) s += i % 7; return s; }';
    const alone = inSession([busy], [123_457])[0];
    const after = inSession(['function f() { return JSON.stringify(new Array(5000).fill({ a: [1, 2, 3] })).length; }', busy, busy], [123_457]);
    expect(alone).toMatchObject({ status: 'returned' });
    expect((after[1] as { work: number }).work).toBe((alone as { work: number }).work);
    expect((after[2] as { work: number }).work).toBe((alone as { work: number }).work);
  });

  it('keeps the answer reader out of reach: a getter on the answer gets nothing of it', () => {
    const probe = `var caught = [];
      function f() {
        const o = {};
        Object.defineProperty(o, 'a', { enumerable: true, get() {
          try { caught.push(typeof arguments.callee.caller); } catch (e) { caught.push('no caller'); }
          caught.push(String(this === o), String(arguments.length));
          return caught.join(); } });
        return o;
      }`;
    const [r] = inSession([probe]);
    expect(r).toMatchObject({ status: 'returned', value: { a: 'no caller,true,0' } });
  });

  it('confirms a memory limit in a fresh runtime, so garbage left by earlier cases cannot cause it', async () => {
    // Case 1 leaves a large cycle behind (freed only at the runtime's next collection); case 2 needs
    // most of the heap. Alone, case 2 fits; after case 1 it must still be accepted.
    const source = `function f(k) {
      if (k === 1) { const ring = []; for (let i = 0; i < 200000; i++) ring.push({ i, next: null, pad: [i, i, i] }); for (let i = 0; i < ring.length; i++) ring[i].next = ring[(i + 1) % ring.length]; globalThis.keep = ring; return 1; }
      const big = new Float64Array(6 * 1024 * 1024); big[1] = 2; return big[1]; }`;
    const events: JobEvent[] = [];
    // The judge replaces the module to confirm the limit; the replacement is a fresh module too.
    const asModule = (m: TestQuickJSWASMModule) => m as unknown as QuickJSWASMModule;
    let current = asModule(module);
    const fresh: TestQuickJSWASMModule[] = [];
    const holder = {
      get: async () => current,
      replace: async () => {
        const next = new TestQuickJSWASMModule(await loadQuickJS());
        fresh.push(next);
        current = asModule(next);
        return current;
      },
    };
    await runJudgeJob(holder, { source, language: 'javascript', functionName: 'f', cases: [{ index: 0, args: [1] }, { index: 1, args: [2] }], limits: DEFAULT_LIMITS, budgetMs: 60_000 }, (e) => events.push(e));
    const done = events.filter((e) => e.type === 'case-done').map((e) => (e.type === 'case-done' ? e.outcome : undefined));
    expect(done.map((o) => o && o.status)).toEqual(['returned', 'returned']);
    expect(done.map((o) => (o && o.status === 'returned' ? o.value : null))).toEqual([1, 2]);
    for (const m of fresh) {
      m.disposeAll();
      m.assertNoMemoryAllocated();
    }
  }, 60_000);
});

describe('pseudocode sharing one Python runtime per session', () => {
  const split = (source: string) => {
    const t = translatePython(source);
    if (!t.ok) throw new Error(t.error.message);
    return { ...splitPythonTranslation(t.code, t.runtimeColumns), inline: t.code };
  };
  const inSession = (calls: { code: string; pythonRealm?: string; args: Json[] }[]) => {
    const session = openSandbox(module);
    try {
      return calls.map((c) => session.run({ usesModules: false, functionName: 'f', limits: DEFAULT_LIMITS, timeBudgetMs: 5000, workBudget: 2000, ...c, code: chargeSpreads(c.code) }));
    } finally {
      session.close();
    }
  };
  const streak = split(`def f(days):
    seen = set(days)
    best = 0
    for d in seen:
        if d - 1 in seen:
            continue
        n = 1
        while d + n in seen:
            n += 1
        best = max(best, n)
    counts = {}
    for d in days:
        counts[d] = counts.get(d, 0) + 1
    return [best, len(counts), sorted(days)[:3], " ".join(str(x) for x in days[:3])]
`);
  const days = Array.from({ length: 3000 }, (_, i) => (i * 7919) % 4001);

  it('gives each case the same answer and work, alone or after other cases, and the answer of the runtime parsed with the code', () => {
    const call = { code: streak.userCode, pythonRealm: streak.realmSource, args: [days] };
    const [alone] = inSession([call]);
    const after = inSession([{ ...call, args: [[5, 4, 3, 2, 1]] }, call, call]);
    const [inline] = inSession([{ code: streak.inline, args: [days] }]);
    expect(alone).toMatchObject({ status: 'returned' });
    if (alone.status !== 'returned' || inline.status !== 'returned') throw new Error('not returned');
    expect(alone.value).toEqual(inline.value);
    expect(alone.work).toBeGreaterThan(0);
    for (const r of after.slice(1)) expect(r).toMatchObject({ status: 'returned', value: alone.value, work: alone.work });
  });

  it("keeps the prototypes of the shared runtime's values frozen: code that reaches them changes nothing for the next case", () => {
    // Pseudocode cannot name these (a Python name never starts with $); plain JavaScript beside the
    // Python context stands in for a hole in the translation, the worst case.
    const tamper = `function f() {
      'use strict';
      var realm = $len.constructor('return this')();
      var tries = [];
      try { realm.Array.prototype.push = function () { return 'forged'; }; } catch (e) { tries.push('push'); }
      try { realm.Object.prototype.polluted = true; } catch (e) { tries.push('polluted'); }
      try { realm.Function.prototype.call = null; } catch (e) { tries.push('call'); }
      try { realm.Error.prototype.name = 'Forged'; } catch (e) { tries.push('name'); }
      return tries;
    }`;
    const py = split('def f(xs):\n    d = {}\n    out = []\n    for x in xs:\n        out.append(x)\n        d[x] = len(out)\n    return [out, d]\n');
    const [tampered, next] = inSession([
      { code: ' '.repeat(py.userCode.indexOf('var')) + tamper, pythonRealm: py.realmSource, args: [] },
      { code: py.userCode, pythonRealm: py.realmSource, args: [['a', 'b']] },
    ]);
    expect(tampered).toMatchObject({ status: 'returned', value: ['push', 'polluted', 'call', 'name'] });
    expect(next).toMatchObject({ status: 'returned', value: [['a', 'b'], { a: 1, b: 2 }] });
  });

  it("reports an error raised inside the shared runtime as the Python error it is, on the user's line", () => {
    const py = split('def f(d):\n    x = 1\n    return d["missing"]\n');
    const [r] = inSession([{ code: py.userCode, pythonRealm: py.realmSource, args: [{ a: 1 }] }]);
    expect(r).toMatchObject({ status: 'failed', verdict: 'runtime-error', position: { line: 3 } });
    if (r.status === 'failed') expect(r.error).toMatch(/^KeyError: 'missing'/);
  });
});

describe('transpile', () => {
  it('strips TypeScript types and keeps line numbers', () => {
    const t = transpile('interface A { x: number }\nfunction f(a: A): number {\n  return a.x;\n}', 'typescript');
    expect(t.ok).toBe(true);
    if (t.ok) expect(t.code.split('\n').findIndex((l) => l.includes('return a.x'))).toBe(2);
  });

  it('reports a TypeScript syntax error with its line', () => {
    const t = transpile('function f(a: number {\n}', 'typescript');
    expect(t).toMatchObject({ ok: false, error: { position: { line: 1 } } });
  });
});

describe('read-only inputs', () => {
  const items = { readOnly: [{ index: 0, name: 'items' }] };
  const changed = (code: string, args: Json[], extra: Partial<SandboxCall> = items) => {
    const r = call(code, args, extra);
    if (r.status !== 'returned') throw new Error(`expected a returned value, got ${JSON.stringify(r)}`);
    return r.changedInputs ?? [];
  };

  it('names an argument sorted in place', () => {
    expect(changed('function f(items) { items.sort((a, b) => a - b); return items[0]; }', [[3, 1, 2]])).toEqual(['items']);
  });

  it('says nothing when the function copies first, or when changing is allowed', () => {
    expect(changed('function f(items) { return [...items].sort((a, b) => a - b)[0]; }', [[3, 1, 2]])).toEqual([]);
    expect(changed('function f(items) { items.sort(); return items[0]; }', [[3, 1, 2]], {})).toEqual([]);
  });

  it('sees a change deep inside an object, and ignores key order and undone changes', () => {
    expect(changed('function f(items) { items[1].tags.push("x"); return 1; }', [[{ tags: [] }, { tags: ["a"] }]])).toEqual(['items']);
    expect(changed('function f(items) { const o = items[0]; const v = o.a; delete o.a; o.a = v; items.push(9); items.pop(); return 1; }', [[{ a: 1, b: 2 }]])).toEqual([]);
  });

  it('counts an argument turned into something that is not JSON as changed', () => {
    expect(changed('function f(items) { items[0] = undefined; items.length = 5; return 1; }', [[1, 2]])).toEqual(['items']);
  });

  it('checks after an async function settles', () => {
    expect(changed('async function f(items) { await null; items.reverse(); return 1; }', [[1, 2]])).toEqual(['items']);
  });

  it('only watches the read-only parameters, by name', () => {
    const code = 'function f(items, k) { k.n = 2; return 1; }';
    expect(changed(code, [[1], { n: 1 }])).toEqual([]);
    expect(changed(code, [[1], { n: 1 }], { readOnly: [{ index: 0, name: 'items' }, { index: 1, name: 'k' }] })).toEqual(['k']);
  });
});
