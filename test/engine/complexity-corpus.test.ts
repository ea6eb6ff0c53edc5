import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { loadQuickJS } from '../../src/engine/quickjs-module';
import { runMeasureJob, type MeasurePoint } from '../../src/engine/measure';
import { summarizeGrowth } from '../../src/engine/growth-summary';
import { loadProblemFolder } from '../../src/cli/load-problems';
import { measureJobFor } from '../../src/worker/requests';
import type { CodingProblem } from '../../src/problems/parse';

/**
 * A labelled corpus: test/complexity-corpus/<problem>/<time class>--<style>.js, with the auxiliary
 * space of each in space-labels.json. Each solution is measured by operation counts and heap
 * samples (deterministic) and classified; work hidden in built-ins (indexOf, includes, splice,
 * shift…) must read as what it costs, and queues drained with shift() must show.
 */
const ROOT = join(import.meta.dirname, '../complexity-corpus');
const SPACE = JSON.parse(readFileSync(join(ROOT, 'space-labels.json'), 'utf8')) as Record<string, string>;
const corpus = readdirSync(ROOT)
  .filter((d) => !d.includes('.'))
  .flatMap((problemId) =>
    readdirSync(join(ROOT, problemId)).map((file) => ({ problemId, file, name: `${problemId}/${file}`, label: file.split('--')[0], source: readFileSync(join(ROOT, problemId, file), 'utf8') })),
  );

let module: QuickJSWASMModule;
const problems = new Map<string, CodingProblem>();
const results: { name: string; label: string; measured: string | undefined; spaceLabel?: string; space: string | undefined }[] = [];

beforeAll(async () => {
  module = await loadQuickJS();
});
afterAll(() => {
  const time = results.filter((r) => r.label === r.measured).length;
  const spaced = results.filter((r) => r.spaceLabel);
  const space = spaced.filter((r) => r.spaceLabel === r.space).length;
  console.log(`complexity corpus: time ${time}/${results.length}, space ${space}/${spaced.length} as labelled`);
  for (const r of results) if (r.label !== r.measured || r.spaceLabel !== r.space) console.log(`  ✗ ${r.name}: time ${r.measured} (label ${r.label}), space ${r.space} (label ${r.spaceLabel})`);
});

async function measure(problemId: string, source: string): Promise<MeasurePoint[]> {
  if (!problems.has(problemId)) problems.set(problemId, loadProblemFolder(problemId).problem as CodingProblem);
  const problem = problems.get(problemId)!;
  const points: MeasurePoint[] = [];
  const holder = { get: async () => module, replace: async () => (module = await loadQuickJS()) };
  // A generous wall-clock budget: the cost cap, not the machine's speed, decides which sizes run.
  await runMeasureJob(holder, { ...measureJobFor(problem, source, 'javascript'), budgetMs: 30_000 }, (e) => void (e.type === 'point' && points.push(e)));
  return points;
}

describe('measured growth of a labelled corpus', () => {
  it('covers the real-world shapes', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(45);
    const styles = corpus.map((c) => c.file).join(' ');
    for (const shape of ['kahn-shift', 'bfs-shift', 'sliding-window', 'two-pointers', 'pick-max-k-times', 'sort-then', 'splice']) expect(styles).toContain(shape);
    for (const c of corpus) expect(SPACE[c.name], c.name).toBeDefined();
  });

  it.each(corpus.map((c) => [c.name, c] as const))('%s', async (name, c) => {
    const summary = summarizeGrowth(await measure(c.problemId, c.source), { outputCountsAsSpace: false });
    results.push({ name, label: c.label, measured: summary.time, spaceLabel: SPACE[name], space: summary.space?.class });
    expect(summary.time).toBe(c.label);
    // Where memory does not fit one class (temporaries that jitter, a Set freed before the return is
    // sampled) the summary says "between" rather than a class: never a wrong class.
    if (summary.space?.class) expect(summary.space.class).toBe(SPACE[name]);
  }, 120_000);

  it('measures the memory of chained string built-ins, and not the returned string (issue 25)', async () => {
    const space = async (body: string) => summarizeGrowth(await measure('normalize-search-query', `function normalizeQuery(q) { ${body} }`), { outputCountsAsSpace: false }).space?.class;
    // The trimmed copy and the words array live while the chain runs: O(n), never "only O(1)".
    expect(await space("return q.trim().split(/\\s+/).join(' ').toLowerCase();")).toBe('O(n)');
    // The one string made is the answer, which does not count here.
    expect(await space('return q.toLowerCase();')).toBe('O(1)');
  }, 120_000);

  it('is deterministic: two runs give the same points, lines and bytes', async () => {
    for (const c of corpus.filter((x) => /filter-indexof|kahn-shift\.js$/.test(x.file)).slice(0, 2)) {
      const [a, b] = [await measure(c.problemId, c.source), await measure(c.problemId, c.source)];
      const strip = (ps: MeasurePoint[]) => ps.map(({ n, cost, lines, spaceBytes, depth }) => ({ n, cost, lines, spaceBytes, depth }));
      expect(strip(b)).toEqual(strip(a));
    }
  }, 240_000);
});
