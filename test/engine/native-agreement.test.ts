import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { loadQuickJS } from '../../src/engine/quickjs-module';
import { runMeasureJob, type MeasurePoint } from '../../src/engine/measure';
import { summarizeGrowth } from '../../src/engine/growth-summary';
import { loadProblemFolder } from '../../src/cli/load-problems';
import { measureJobFor } from '../../src/worker/requests';
import type { CodingProblem } from '../../src/problems/parse';
import { nativeTimeClass } from '../../scripts/native-timing';

/**
 * Solutions in the styles found in public repositories (object tallies with for…in, indexOf ===
 * lastIndexOf, split-sort-join, brute-force pairs…), written for our problems' signatures:
 * test/native-agreement/<problem>/<known time class>--<style>.js. The app's measured class (operation
 * counts in QuickJS, deterministic) must be the known class; native timing in Node is printed beside
 * it as an independent check. Timing depends on the machine's load, so it is printed, never asserted.
 */
const ROOT = join(import.meta.dirname, '../native-agreement');
const solutions = readdirSync(ROOT).flatMap((problemId) =>
  readdirSync(join(ROOT, problemId)).map((file) => ({ problemId, name: `${problemId}/${file}`, label: file.split('--')[0], source: readFileSync(join(ROOT, problemId, file), 'utf8') })),
);

let module: QuickJSWASMModule;
const rows: { name: string; label: string; measured?: string; native: string }[] = [];
beforeAll(async () => {
  module = await loadQuickJS();
});
afterAll(() => {
  const agreeNative = rows.filter((r) => r.native === r.measured).length;
  // Native timing is only worth reading on an idle machine: say which this was.
  const load = loadavg()[0];
  const state = load < cpus().length / 2 ? 'idle' : `UNDER LOAD (${load.toFixed(1)} on ${cpus().length} cores: native timing is unreliable, read it idle)`;
  console.log(`native timing agrees with the measured class on ${agreeNative} of ${rows.length} real-style solutions, machine ${state}`);
  // Where they disagree, the known class (from the algorithm) says which of the two is wrong.
  const wrong = (r: (typeof rows)[number]) => (r.measured === r.label ? 'native timing is wrong' : r.native === r.label ? 'the measured class is wrong' : 'both differ from the known class');
  for (const r of rows) console.log(`  ${r.native === r.measured ? '✓' : '✗'} ${r.name}: measured ${r.measured}, native ${r.native} (known ${r.label})${r.native === r.measured ? '' : `: ${wrong(r)}`}`);
});

async function measuredClass(problem: CodingProblem, source: string): Promise<string | undefined> {
  const points: MeasurePoint[] = [];
  const holder = { get: async () => module, replace: async () => (module = await loadQuickJS()) };
  await runMeasureJob(holder, { ...measureJobFor(problem, source, 'javascript'), budgetMs: 30_000 }, (e) => void (e.type === 'point' && points.push(e)));
  return summarizeGrowth(points, { outputCountsAsSpace: false }).time;
}

describe('measured classes of real-style solutions, beside native timing', () => {
  it('has about fifteen solutions across problems and classes', () => {
    expect(solutions.length).toBeGreaterThanOrEqual(15);
    expect(new Set(solutions.map((s) => s.label))).toEqual(new Set(['O(n)', 'O(n log n)', 'O(n^2)']));
  });

  it.each(solutions.map((s) => [s.name, s] as const))('%s', async (name, s) => {
    const problem = loadProblemFolder(s.problemId).problem as CodingProblem;
    const measured = await measuredClass(problem, s.source);
    const native = nativeTimeClass(s.source, problem.function.name, problem.generator).time;
    rows.push({ name, label: s.label, measured, native });
    expect(measured).toBe(s.label);
  }, 120_000);
});
