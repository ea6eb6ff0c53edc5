import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TestQuickJSWASMModule, type QuickJSWASMModule } from 'quickjs-emscripten-core';
import { loadQuickJS } from '../../src/engine/quickjs-module';
import { runInSandbox } from '../../src/engine/sandbox';
import { DEFAULT_LIMITS } from '../../src/engine/limits';
import { summarize, gradeCase } from '../../src/engine/grade';
import { preludeFor } from '../../src/engine/prelude';
import type { CaseOutcome, Json } from '../../src/engine/types';

/** Where QuickJS differs from a browser: V8 (this Node, full ICU) is the reference. */
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

const run = (code: string, args: Json[]) => {
  const r = runInSandbox(module, { code, usesModules: false, functionName: 'f', args, limits: DEFAULT_LIMITS, timeBudgetMs: 5000, workBudget: 2000 });
  if (r.status === 'missing-function') throw new Error('missing');
  return r as CaseOutcome;
};
const value = (code: string, args: Json[]) => {
  const r = run(code, args);
  if (r.status !== 'returned') throw new Error(r.message);
  return r.value;
};

const WORDS = ['apple', 'Apple', 'APPLE', 'banana', 'Banana', 'b', 'B', 'a', 'A', 'z', 'Z', '10', '9', 'item2', 'item10', 'Item2', 'a b', 'a-b', 'ab', 'a_b', 'x1', 'x01', '', 'zebra', 'Zebra', 'éclair', 'eclair', 'Éclair', 'résumé', 'resume'];

describe('localeCompare and Intl.Collator behave as in V8 for plain text', () => {
  const sortIn = (options: string) => `function f(xs) { return [...xs].sort((a, b) => a.localeCompare(b, undefined, ${options})); }`;
  it.each([
    ['no options', 'undefined', undefined],
    ['numeric: true', '{ numeric: true }', { numeric: true }],
    ["sensitivity: 'base'", "{ sensitivity: 'base' }", { sensitivity: 'base' }],
    ["sensitivity: 'accent'", "{ sensitivity: 'accent' }", { sensitivity: 'accent' }],
  ] as const)('sorts like V8 with %s', (_name, source, options) => {
    const expected = [...WORDS].sort((a, b) => a.localeCompare(b, 'en', options as Intl.CollatorOptions));
    expect(value(sortIn(source), [WORDS])).toEqual(expected);
  });

  it('compares equal where V8 does (base sensitivity ignores case and accents)', () => {
    const pairs = [['a', 'A'], ['e', 'é'], ['Resume', 'résumé'], ['a', 'b']];
    const got = value("function f(ps) { return ps.map(([a, b]) => Math.sign(a.localeCompare(b, 'en', { sensitivity: 'base' }))); }", [pairs]);
    expect(got).toEqual(pairs.map(([a, b]) => Math.sign(a.localeCompare(b, 'en', { sensitivity: 'base' }))));
  });

  it('offers Intl.Collator with the same order', () => {
    const expected = [...WORDS].sort(new Intl.Collator('en', { numeric: true }).compare);
    expect(value('function f(xs) { return [...xs].sort(new Intl.Collator(undefined, { numeric: true }).compare); }', [WORDS])).toEqual(expected);
  });
});

describe('numbers and other locale calls', () => {
  it('formats numbers with toLocaleString as V8 does in English', () => {
    const nums = [0, 1, -1, 999, 1000, 1234.5678, -1234567.891, 0.1 + 0.2, 1e21 / 1e6, 12.3456];
    expect(value('function f(ns) { return ns.map((n) => n.toLocaleString()); }', [nums])).toEqual(nums.map((n) => n.toLocaleString('en-US')));
  });

  it('says Intl formatters are missing, with a clear runtime error', () => {
    const r = run("function f(n) { return new Intl.NumberFormat('de-DE').format(n); }", [5]);
    expect(r).toMatchObject({ status: 'failed', verdict: 'runtime-error', notices: ['intl-missing'] });
    if (r.status === 'failed') expect(r.message).toMatch(/Intl\.NumberFormat is not available in this sandbox/);
  });

  it.each([
    ['localeCompare', "function f(a) { return a[0].localeCompare(a[1]); }", 'locale-compare'],
    ['localeCompare with a locale', "function f(a) { return a[0].localeCompare(a[1], 'sv'); }", 'locale-options'],
    ['toLocaleUpperCase with a locale', "function f(a) { return a[0].toLocaleUpperCase('tr'); }", 'locale-options'],
    ['toLocaleString', 'function f(a) { return (1234).toLocaleString(); }', 'locale-number'],
    ['Intl.Collator', 'function f(a) { return new Intl.Collator().compare(a[0], a[1]); }', 'intl'],
  ])('notices %s in the results, hidden cases included', (_name, code, notice) => {
    const outcome = run(code, [['i', 'j']]);
    expect(outcome.notices).toEqual([notice]);
    const report = summarize('p', 'submit', [gradeCase({ name: 'h', hidden: true, args: [['i', 'j']] }, outcome, { mode: 'exact' })], 1);
    expect(report.notices?.[0]).toMatch(/sandbox/);
  });

  it('says nothing for code that meets no difference', () => {
    expect(run('function f(a) { return a.slice().sort(); }', [['b', 'a']]).notices).toBeUndefined();
  });
});

describe('the locale emulation is parsed only for code that names it', () => {
  it('comes with localeCompare, toLocaleString and Intl, and not with words that merely contain them', () => {
    const withLocale = (code: string) => preludeFor(code).includes('function collate(');
    expect(withLocale('a.localeCompare(b)')).toBe(true);
    expect(withLocale('n.toLocaleString()')).toBe(true);
    expect(withLocale('new Intl.Collator()')).toBe(true);
    // The Python runtime's UnboundLocalError, or a helper called printLine, used to pull in 6 KB.
    expect(withLocale("throw $err('UnboundLocalError', 'x')")).toBe(false);
    expect(withLocale('function printLine(s) { return s; }')).toBe(false);
  });

  it('without it, the code gets QuickJS behaviour rather than an error', () => {
    expect(value("function f() { const k = 'locale' + 'Compare'; return typeof 'a'[k]; }", [])).toBe('function');
  });
});
