import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { loadQuickJS } from '../../src/engine/quickjs-module';
import { runMeasureJob } from '../../src/engine/measure';
import { classifyGrowth, type GrowthPoint } from '../../src/engine/classify';
import { loadProblemFolder } from '../../src/cli/load-problems';
import { measureJobFor } from '../../src/worker/requests';
import type { CodingProblem } from '../../src/problems/parse';

/**
 * Pseudocode solutions labelled with their time class (complexity-corpus/<problem>/<class>--<style>.py):
 * growth is measured on the translated code, so `x in some_list` in a loop must read as the O(n)
 * scan it is and `x in some_set` as O(1).
 */
const ROOT = join(import.meta.dirname, 'complexity-corpus');
const corpus = readdirSync(ROOT).flatMap((problemId) =>
  readdirSync(join(ROOT, problemId)).map((file) => ({ problemId, file, label: file.split('--')[0], source: readFileSync(join(ROOT, problemId, file), 'utf8') })),
);

let module: QuickJSWASMModule;
beforeAll(async () => {
  module = await loadQuickJS();
});

describe('complexity review of pseudocode', () => {
  it.each(corpus.map((c) => [`${c.problemId}/${c.file}`, c] as const))('%s', async (_name, c) => {
    const problem = loadProblemFolder(c.problemId).problem as CodingProblem;
    const points: GrowthPoint[] = [];
    const holder = { get: async () => module, replace: async () => (module = await loadQuickJS()) };
    let stop: string | undefined;
    await runMeasureJob(holder, measureJobFor(problem, c.source, 'python'), (e) => {
      if (e.type === 'point') points.push(e);
      else if (e.reason === 'failed' || e.reason === 'compile') stop = e.message;
    });
    expect(stop).toBeUndefined();
    expect(classifyGrowth(points).time).toBe(c.label);
  });
});

describe('pseudocode is measured as Python, not as its translation', () => {
  const measure = async (problemId: string, source: string) => {
    const problem = loadProblemFolder(problemId).problem as CodingProblem;
    const points: { n: number; cost: number; lines?: [number, number][] }[] = [];
    const holder = { get: async () => module, replace: async () => (module = await loadQuickJS()) };
    await runMeasureJob(holder, measureJobFor(problem, source, 'python'), (e) => {
      if (e.type === 'point') points.push(e);
    });
    return points;
  };

  it("charges the runtime library's work to the pseudocode line that called it, not to line 1", async () => {
    const source = 'def dedupe(items):\n    result = []\n    for item in items:\n        if item not in result:\n            result.append(item)\n    return result\n';
    const last = (await measure('dedupe-list', source)).at(-1)!;
    const total = last.lines!.reduce((s, [, ops]) => s + ops, 0);
    const share = (line: number) => (last.lines!.find(([l]) => l === line)?.[1] ?? 0) / total;
    expect(share(4)).toBeGreaterThan(0.9);
    expect(share(1)).toBeLessThan(0.05);
  });

  it('does not charge converting the input to Python values: a binary search costs a few dozen operations at any size', async () => {
    const source = readFileSync(join(ROOT, 'cursor-pagination', 'O(log n)--binary-search.py'), 'utf8');
    const points = await measure('cursor-pagination', source);
    expect(points.length).toBeGreaterThan(3);
    expect(points.at(-1)!.n).toBeGreaterThan(50 * points[0].n);
    expect(points.at(-1)!.cost).toBeLessThan(3 * points[0].cost);
  });
});
