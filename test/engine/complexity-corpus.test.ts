import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { loadQuickJS } from '../../src/engine/quickjs-module';
import { runMeasureJob, type MeasureEvent } from '../../src/engine/measure';
import { classifyGrowth, type GrowthPoint } from '../../src/engine/classify';
import { loadProblemFolder } from '../../src/cli/load-problems';
import { measureJobFor } from '../../src/worker/requests';
import type { CodingProblem } from '../../src/problems/parse';

/**
 * A labelled corpus: test/complexity-corpus/<problem>/<class>--<style>.js. Each solution is measured
 * by operation counts (deterministic) and classified; quadratic work hidden in built-ins
 * (indexOf, includes, splice, shift…) must read as quadratic.
 */
const ROOT = join(import.meta.dirname, '../complexity-corpus');
const corpus = readdirSync(ROOT).flatMap((problemId) =>
  readdirSync(join(ROOT, problemId)).map((file) => ({ problemId, file, label: file.split('--')[0], source: readFileSync(join(ROOT, problemId, file), 'utf8') })),
);

let module: QuickJSWASMModule;
const problems = new Map<string, CodingProblem>();
const results: { name: string; label: string; measured: string | undefined; ms: number }[] = [];

beforeAll(async () => {
  module = await loadQuickJS();
});
afterAll(() => {
  const right = results.filter((r) => r.label === r.measured).length;
  console.log(`complexity corpus: ${right}/${results.length} classified as labelled (${Math.round((100 * right) / results.length)}%)`);
  for (const r of results) console.log(`  ${r.label === r.measured ? '✓' : '✗'} ${r.name}: measured ${r.measured} in ${r.ms} ms`);
});

async function measure(problemId: string, source: string): Promise<{ points: GrowthPoint[]; stopped?: MeasureEvent }> {
  if (!problems.has(problemId)) problems.set(problemId, loadProblemFolder(problemId).problem as CodingProblem);
  const problem = problems.get(problemId)!;
  const points: GrowthPoint[] = [];
  let stopped: MeasureEvent | undefined;
  const holder = { get: async () => module, replace: async () => (module = await loadQuickJS()) };
  await runMeasureJob(holder, measureJobFor(problem, source, 'javascript'), (e) => (e.type === 'point' ? points.push(e) : (stopped = e)));
  return { points, stopped };
}

describe('measured growth of a labelled corpus', () => {
  it('has at least 30 solutions across the seed problems', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    expect(new Set(corpus.map((c) => c.problemId)).size).toBeGreaterThanOrEqual(5);
  });

  it.each(corpus.map((c) => [`${c.problemId}/${c.file}`, c] as const))('%s', async (name, c) => {
    const started = performance.now();
    const { points } = await measure(c.problemId, c.source);
    const measured = classifyGrowth(points).time;
    const ms = Math.round(performance.now() - started);
    results.push({ name, label: c.label, measured, ms });
    // Linear vs quadratic must always be right; other classes are reported in the summary.
    if (c.label === 'O(n)' || c.label === 'O(n^2)') expect(measured).toBe(c.label);
  });

  it('classifies at least 90% of the corpus as labelled', () => {
    const right = results.filter((r) => r.label === r.measured).length;
    expect(right / results.length).toBeGreaterThanOrEqual(0.9);
  });

  it('is deterministic: three runs give the same points and the same class', async () => {
    for (const c of corpus.filter((x) => /filter-indexof|sort-both|dfs-colors/.test(x.file))) {
      const runs = await Promise.all([0, 1, 2].map(() => measure(c.problemId, c.source)));
      const costs = runs.map((r) => r.points.map((p) => [p.n, p.cost]));
      expect(costs[1]).toEqual(costs[0]);
      expect(costs[2]).toEqual(costs[0]);
      expect(new Set(runs.map((r) => classifyGrowth(r.points).time)).size).toBe(1);
    }
  });
});
