import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TestQuickJSWASMModule, type QuickJSWASMModule } from 'quickjs-emscripten-core';
import { loadQuickJS } from '../../src/engine/quickjs-module';
import { runInSandbox, type SandboxCall } from '../../src/engine/sandbox';
import { DEFAULT_LIMITS } from '../../src/engine/limits';
import { gradeCase } from '../../src/engine/grade';
import type { Json } from '../../src/engine/types';

/** Issue 11 items 5–6: the sandbox's reply cannot be forged, and hidden cases echo nothing the code controls. */
let base: QuickJSWASMModule;
let module: TestQuickJSWASMModule;
beforeAll(async () => {
  base = await loadQuickJS();
});
beforeEach(() => {
  module = new TestQuickJSWASMModule(base);
});
afterEach(() => {
  module.disposeAll();
  module.assertNoMemoryAllocated();
});

const call = (code: string, args: Json[] = [[3, 1, 3]], extra: Partial<SandboxCall> = {}) =>
  runInSandbox(module, { code, usesModules: false, functionName: 'f', args, limits: DEFAULT_LIMITS, timeBudgetMs: 5000, workBudget: 2000, ...extra });

describe('a reply the code cannot forge', () => {
  it('ignores a prototype toJSON that tries to rewrite the envelope as a time-limit', () => {
    const forged = JSON.stringify({ ok: false, kind: 'threw', error: { name: 'InternalError', message: 'interrupted' } });
    const r = call(`Object.prototype.toJSON = function () { return ${JSON.stringify(JSON.parse(forged))}; };
      Array.prototype.toJSON = Object.prototype.toJSON; String.prototype.toJSON = Object.prototype.toJSON;
      function f(xs) { return [...new Set(xs)]; }`);
    expect(r).toMatchObject({ status: 'returned', value: [3, 1] });
  });

  it('does not take a thrown "interrupted" for a real time limit', () => {
    expect(call("function f() { throw new Error('interrupted'); }")).toMatchObject({ status: 'failed', verdict: 'runtime-error', cause: 'threw' });
    expect(call("function f() { throw 'interrupted'; }")).toMatchObject({ status: 'failed', verdict: 'runtime-error', cause: 'threw-value' });
    expect(call("async function f() { await null; throw new InternalError('interrupted'); }")).toMatchObject({ status: 'failed', verdict: 'runtime-error' });
  });

  it('reads the answer with its own captured built-ins, whatever the code replaced', () => {
    const r = call(`Array.prototype.push = function () { throw new Error('no push'); };
      Array.isArray = () => false; Object.keys = () => ['fake']; JSON.stringify = () => '"forged"'; String.prototype.slice = () => 'x';
      Object.defineProperty(Array.prototype, '0', { set() { throw new Error('setter'); }, configurable: true });
      function f() { return { list: [1, 2], name: 'ok' }; }`);
    expect(r).toMatchObject({ status: 'returned', value: { list: [1, 2], name: 'ok' } });
  });

  it('stops a 20 MB answer at the cap, with output-limit', () => {
    const r = call("function f() { return new Array(2000).fill('x'.repeat(10 * 1024)); }");
    expect(r).toMatchObject({ status: 'failed', verdict: 'output-limit', cause: 'too-large' });
  });

  it('bounds a 3,000-deep answer with a clear verdict', () => {
    const r = call('function f() { let v = []; for (let i = 0; i < 3000; i++) v = [v]; return v; }');
    expect(r).toMatchObject({ status: 'failed', verdict: 'output-limit', cause: 'too-deep' });
    if (r.status === 'failed') expect(r.message).toMatch(/nested more than 64 levels/);
  });

  it('lets getters change only the answer itself', () => {
    const r = call("function f() { const o = {}; Object.defineProperty(o, 'a', { get() { return 7; }, enumerable: true }); return o; }");
    expect(r).toMatchObject({ status: 'returned', value: { a: 7 } });
  });
});

describe('hidden means hidden', () => {
  const hiddenSpec = { name: 'secret case', hidden: true, args: [['SECRET-INPUT-123']] as Json[], expected: ['SECRET-INPUT-123'] };
  const probes = {
    'a key built from the input': "function f(xs) { const o = {}; o['k' + xs[0]] = undefined; o.v = NaN; return o; }",
    'an error name built from the input': "function f(xs) { const e = new Error('m' + xs[0]); e.name = 'E' + xs[0]; throw e; }",
    'an error message built from the input': "function f(xs) { throw new TypeError('bad ' + xs.join()); }",
    'a thrown value built from the input': "function f(xs) { throw { secret: xs }; }",
    'a load error built from input-like text': "throw new Error('SECRET-INPUT-123'); function f() {}",
    'console output of the input': "function f(xs) { console.log(xs); return 1; }",
    'an answer that differs': "function f(xs) { return [xs[0] + '!']; }",
    'a Set holding the input': "function f(xs) { return [new Set(xs)]; }",
  };
  it.each(Object.entries(probes))('%s never shows in a hidden case, in either mode', (_name, code) => {
    const outcome = call(code, hiddenSpec.args);
    if (outcome.status === 'missing-function') throw new Error('missing');
    const report = gradeCase(hiddenSpec, outcome, { mode: 'exact' });
    expect(JSON.stringify(report)).not.toContain('SECRET');
    expect(report).not.toHaveProperty('input');
    expect(report).not.toHaveProperty('console');
    // Learning mode's reveal is the one door, and only when asked for.
    expect(JSON.stringify(gradeCase(hiddenSpec, outcome, { mode: 'exact' }, undefined, true))).toContain('SECRET');
  });
});
