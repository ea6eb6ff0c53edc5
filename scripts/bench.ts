/**
 * npm run bench — speed and size figures, measured side by side in one run (no assertions).
 *   1. Judge: per-case and per-submission time for the seed problems' references, the harness's
 *      overhead against a bare QuickJS call of the same function, and V8 running it natively.
 *   2. Complexity review: time to measure and classify a solution's growth.
 *   3. Browser (needs dist/ and /usr/bin/chromium): bytes before the catalog is interactive, time to
 *      an interactive catalog, a ready editor, the first verdict; Mermaid first and re-render of a
 *      30-node diagram.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchBrowser } from './bench-ui';
import { loadQuickJS } from '../src/engine/quickjs-module';
import { runInSandbox } from '../src/engine/sandbox';
import { runJudgeJob } from '../src/engine/judge';
import { DEFAULT_LIMITS } from '../src/engine/limits';
import { loadProblemFolder } from '../src/cli/load-problems';
import { createNodeJudgeClient } from '../src/cli/node-client';
import { judgeRequestFor } from '../src/worker/requests';
import { measureGrowth } from '../src/worker/measure-growth';
import type { CodingProblem } from '../src/problems/parse';
import type { Json } from '../src/engine/types';
import { benchDesign } from './bench-design';

const SEEDS = ['dedupe-list', 'are-anagrams', 'task-cycle-detect'];
const REPEATS = 5;
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows: string[][] = [];
const table = (head: string[], body: string[][]) => {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log([line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n'));
};

async function benchJudge() {
  console.log('\n## 1. Judge (Node, QuickJS release-sync)\n');
  const module = await loadQuickJS();
  const client = createNodeJudgeClient();
  await client.warmUp();
  for (const id of SEEDS.filter((s) => existsSync(join('problems', s)))) {
    const loaded = loadProblemFolder(id);
    if (!loaded.problem || loaded.problem.kind !== 'coding') continue;
    const problem = loaded.problem as CodingProblem;
    const cases = [...problem.examples, ...problem.tests];
    const fn = problem.function.name;

    // Bare QuickJS: one fresh runtime + context, eval, call with JSON args, read JSON back.
    const bare = () => {
      for (const c of cases) {
        const rt = module.newRuntime();
        const ctx = rt.newContext();
        ctx.unwrapResult(ctx.evalCode(problem.reference)).dispose();
        const out = ctx.unwrapResult(ctx.evalCode(`JSON.stringify(${fn}(...JSON.parse(${JSON.stringify(JSON.stringify(c.args))})))`));
        ctx.getString(out);
        out.dispose();
        ctx.dispose();
        rt.dispose();
      }
    };
    // The engine's sandbox: limits, prelude, console, JSON checks, one fresh sandbox per case.
    const harness = () => {
      for (const c of cases) {
        runInSandbox(module, { code: problem.reference, usesModules: false, functionName: fn, args: c.args as Json[], limits: DEFAULT_LIMITS, timeBudgetMs: 1000 });
      }
    };
    // The whole job in-process (transpile + syntax check + every case).
    const job = async () => {
      await runJudgeJob({ get: async () => module, replace: async () => module }, { source: problem.reference, language: 'javascript', functionName: fn, cases: cases.map((c, index) => ({ index, args: c.args as Json[] })), limits: DEFAULT_LIMITS, budgetMs: 10_000 }, () => {});
    };
    // V8 natively, for scale.
    const native = new Function(`${problem.reference}; return ${fn};`)() as (...a: unknown[]) => unknown;
    const v8 = () => {
      for (const c of cases) JSON.stringify(native(...(structuredClone(c.args) as unknown[])));
    };
    const time = async (f: () => unknown) => {
      const samples: number[] = [];
      for (let i = 0; i < REPEATS; i++) {
        const t = performance.now();
        await f();
        samples.push(performance.now() - t);
      }
      return median(samples);
    };
    const tBare = await time(bare);
    const tHarness = await time(harness);
    const tJob = await time(job);
    const tV8 = await time(v8);
    const tClient = await time(async () => client.judge(judgeRequestFor(problem, 'submit', problem.reference, 'javascript')).result);
    rows.push([
      id,
      String(cases.length),
      fmt(tHarness / cases.length),
      fmt(tJob),
      fmt(tClient),
      `${(tHarness / tBare).toFixed(2)}×`,
      `${(tBare / Math.max(tV8, 0.001)).toFixed(0)}×`,
    ]);
  }
  table(['problem', 'cases', 'ms / case (sandbox)', 'ms / submission (in-process)', 'ms / submission (worker thread)', 'harness ÷ bare QuickJS', 'bare QuickJS ÷ V8'], rows);
  return client;
}

async function benchComplexity(client: ReturnType<typeof createNodeJudgeClient>) {
  console.log('\n## 2. Complexity review (measure + classify, worker thread)\n');
  const loaded = loadProblemFolder('dedupe-list');
  const problem = loaded.problem as CodingProblem;
  const body: string[][] = [];
  for (const [label, source] of [
    ['O(n) Set', 'const dedupe = (xs) => [...new Set(xs)];'],
    ['O(n^2) filter+indexOf', 'function dedupe(xs) { return xs.filter((x, i) => xs.indexOf(x) === i); }'],
    ['O(n^2) nested loops', 'function dedupe(xs) { const o = []; for (const x of xs) { let d = false; for (const y of o) if (y === x) d = true; if (!d) o.push(x); } return o; }'],
  ]) {
    const samples: number[] = [];
    let cls = '';
    let sizes = 0;
    for (let i = 0; i < 3; i++) {
      const g = await measureGrowth(client, problem, source, 'javascript');
      samples.push(g?.elapsedMs ?? NaN);
      cls = g?.time ?? '?';
      sizes = g?.points.length ?? 0;
    }
    body.push([label, cls, String(sizes), `${median(samples)}`]);
  }
  table(['solution', 'measured class', 'sizes measured', 'ms (median of 3)'], body);
}

const client = await benchJudge();
await benchComplexity(client);
client.dispose();
await benchBrowser();
await benchDesign();
