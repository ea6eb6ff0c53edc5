/**
 * Complexity-review figures, measured side by side in one run (no assertions):
 *   - time to measure and classify each corpus solution (worst and median; goals ≤ 3 s, ≤ 300 ms),
 *   - per-line attribution and memory sampling against plain total counting, as a ratio,
 *   - agreement of the labelled corpus with the measured classes, time and space separately.
 * BENCH_COMPLEXITY_FILTER=<text> limits it to corpus files whose path contains the text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadQuickJS } from '../src/engine/quickjs-module';
import { runMeasureJob, type MeasurePoint } from '../src/engine/measure';
import { summarizeGrowth } from '../src/engine/growth-summary';
import { loadProblemFolder } from '../src/cli/load-problems';
import { measureJobFor } from '../src/worker/requests';
import type { CodingProblem } from '../src/problems/parse';

const ROOT = join(import.meta.dirname, '../test/complexity-corpus');

export async function benchComplexityCorpus(): Promise<void> {
  console.log('\n## 2b. Complexity corpus (in-process, QuickJS)\n');
  const filter = process.env.BENCH_COMPLEXITY_FILTER;
  const space = JSON.parse(readFileSync(join(ROOT, 'space-labels.json'), 'utf8')) as Record<string, string>;
  let module = await loadQuickJS();
  const holder = { get: async () => module, replace: async () => (module = await loadQuickJS()) };
  const rows: { name: string; ms: number; plainMs: number; timeOk: boolean; spaceOk: boolean; sizes: number }[] = [];
  for (const problemId of readdirSync(ROOT).filter((d) => !d.includes('.'))) {
    const problem = loadProblemFolder(problemId).problem as CodingProblem;
    for (const file of readdirSync(join(ROOT, problemId))) {
      const name = `${problemId}/${file}`;
      if (filter && !name.includes(filter)) continue;
      const source = readFileSync(join(ROOT, problemId, file), 'utf8');
      const run = async (attribute: boolean) => {
        const points: MeasurePoint[] = [];
        const started = performance.now();
        await runMeasureJob(holder, { ...measureJobFor(problem, source, 'javascript'), attribute, budgetMs: 30_000 }, (e) => void (e.type === 'point' && points.push(e)));
        const summary = summarizeGrowth(points, { outputCountsAsSpace: problem.complexity.outputCountsAsSpace });
        return { ms: performance.now() - started, points, summary };
      };
      const plain = await run(false);
      const attributed = await run(true);
      rows.push({
        name,
        ms: attributed.ms,
        plainMs: plain.ms,
        timeOk: attributed.summary.time === file.split('--')[0],
        spaceOk: attributed.summary.space?.class === space[name],
        sizes: attributed.points.length,
      });
    }
  }
  if (rows.length === 0) return console.log('(no corpus files matched)');
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const med = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)];
  const ratios = rows.map((r) => r.ms / r.plainMs);
  const worst = rows.reduce((a, b) => (b.ms > a.ms ? b : a));
  const lines = [
    ['solutions measured', String(rows.length)],
    ['measure + classify, median (ms)', med(rows.map((r) => r.ms)).toFixed(0)],
    [`measure + classify, worst (ms) — ${worst.name}`, worst.ms.toFixed(0)],
    ['plain total counting, median (ms)', med(rows.map((r) => r.plainMs)).toFixed(0)],
    ['attribution + memory sampling ÷ plain, median (ratio)', med(ratios).toFixed(2)],
    ['attribution + memory sampling ÷ plain, worst (ratio)', Math.max(...ratios).toFixed(2)],
    ['time class agrees with label', `${rows.filter((r) => r.timeOk).length}/${rows.length}`],
    ['space class agrees with label', `${rows.filter((r) => r.spaceOk).length}/${rows.length}`],
    ['both agree', `${rows.filter((r) => r.timeOk && r.spaceOk).length}/${rows.length}`],
  ];
  const width = Math.max(...lines.map((l) => l[0].length));
  console.log(lines.map(([k, v]) => `| ${k.padEnd(width)} | ${v} |`).join('\n'));
  for (const r of rows.filter((x) => !x.timeOk || !x.spaceOk)) console.log(`  ✗ ${r.name}${r.timeOk ? '' : ' (time)'}${r.spaceOk ? '' : ' (space)'}`);
}
