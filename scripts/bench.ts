/**
 * npm run bench — speed and size figures, measured side by side in one run (no assertions).
 *   1. Judge: per-case and per-submission time for the seed problems' references, the harness's
 *      overhead against a bare QuickJS call of the same function, and V8 running it natively.
 *   2. Complexity review: time to measure and classify a solution's growth.
 *   4. Runaway code (issue 9): infinite loop, native stall and memory bombs → verdict, each against
 *      its goal; the same submission idle and under load; the cost of the deterministic budget.
 *      `BENCH_ONLY=runaway npm run bench` runs this part alone.
 *   5. Judge figures of issue 25 (scripts/bench-judge.ts): calibration of the built-in charges, every
 *      problem per submission and per case, the cost of charging, pseudocode ÷ JavaScript.
 *      `BENCH_ONLY=judge npm run bench` runs this part alone.
 *   Concept-answer review (scripts/bench-concepts.ts): a 150-word answer warm and cold, the reader's gzip
 *      size from dist/. `BENCH_ONLY=concepts npm run bench` runs this part alone.
 *   Story review (scripts/bench-stories.ts): one story warm (median, slowest, worst) and cold.
 *      `BENCH_ONLY=stories npm run bench` runs this part alone.
 *   3. Browser (needs dist/ and /usr/bin/chromium): bytes before the catalog is interactive, time to
 *      an interactive catalog, a ready editor, the first verdict; Mermaid first and re-render of a
 *      30-node diagram.
 */
import { spawn } from 'node:child_process';
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
import { median, fmt, table } from './bench-stats';
import { runBareQuickJS } from './bench-bare-quickjs';

const SEEDS = ['dedupe-list', 'are-anagrams', 'task-cycle-detect'];
const REPEATS = 5;
const rows: string[][] = [];

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
    const caseArgs = cases.map((c) => c.args as Json[]);

    // Bare QuickJS: one fresh runtime + context, eval, call with JSON args, read JSON back.
    const bare = () => runBareQuickJS(module, problem.reference, fn, caseArgs);
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

/** Runaway code and the deterministic budget (issue 9): time to verdict against each goal, load vs idle, cost of counting. */
async function benchRunaway() {
  console.log('\n## 4. Runaway code, memory bombs and the deterministic budget (worker thread, like the CLI)\n');
  const problem = loadProblemFolder('dedupe-list').problem as CodingProblem;
  const client = createNodeJudgeClient();
  await client.warmUp();
  const limit = DEFAULT_LIMITS.caseTimeMs;
  const body: string[][] = [];
  const submit = async (source: string) => {
    const t = performance.now();
    const run = await client.judge(judgeRequestFor(problem, 'submit', source, 'javascript')).result;
    const ms = performance.now() - t;
    if (run.status !== 'done') throw new Error('cancelled');
    const first = run.value.cases.find((c) => c.verdict !== 'accepted' && !c.notRun);
    return { ms, report: run.value, first };
  };
  const goals: [string, string, number][] = [
    ['infinite loop (while (true) {})', 'function dedupe(xs) { while (true) {} }', limit + 100],
    ['infinite loop, call-heavy (push/pop)', 'function dedupe(xs) { const a = []; for (;;) { a.push(1); a.pop(); } }', limit + 100],
    ['native stall (join of 10^9 holes)', "function dedupe(xs) { return new Array(1e9).join('').length; }", limit + 500],
    ['memory bomb: arrays of 100,000-element arrays', 'function dedupe(xs) { const h = []; for (let i = 0; ; i++) h.push(new Array(100000).fill(i)); }', 2000],
    ['memory bomb: pushed numbers', 'function dedupe(xs) { const a = []; while (true) a.push(a.length * 1.5); }', 2000],
    ['memory bomb: pushed 1 MiB strings', "function dedupe(xs) { const a = []; for (let i = 0; ; i++) a.push('x'.repeat(1 << 20) + i); }", 2000],
    ['memory bomb: small objects', "function dedupe(xs) { const a = []; for (let i = 0; ; i++) a.push({ i, s: 'k' + i }); }", 2000],
    ['memory bomb: Map entries', "function dedupe(xs) { const m = new Map(); for (let i = 0; ; i++) m.set('k' + i, [i]); }", 2000],
  ];
  for (const [label, source, goal] of goals) {
    const { ms, report, first } = await submit(source);
    body.push([label, report.verdict, String(first?.work ?? '–'), fmt(ms), String(goal), ms <= goal ? 'met' : 'missed', String(report.notRun ?? 0)]);
  }
  table(['submission (dedupe-list, 12 cases)', 'verdict', 'work of the failing case', 'ms Submit → verdict', 'goal ms', 'goal', 'cases not run'], body);

  // The same submissions idle and with the CPU saturated by busy child processes.
  const QUADRATIC = 'function dedupe(xs) { const out = []; for (let i = 0; i < xs.length; i++) { let seen = false; for (let j = 0; j < out.length; j++) if (out[j] === xs[i]) { seen = true; break; } if (!seen) out.push(xs[i]); } return out; }';
  const fingerprint = async (source: string) => {
    const { ms, report } = await submit(source);
    return { verdict: report.verdict, work: report.cases.map((c) => c.work ?? 0).reduce((a, b) => a + b, 0), ms };
  };
  const idle = [await fingerprint(QUADRATIC), await fingerprint(goals[0][1])];
  const busy = [0, 1, 2].map(() => spawn(process.execPath, ['-e', 'const end = Date.now() + 60000; while (Date.now() < end) {}'], { stdio: 'ignore' }));
  let loaded: typeof idle;
  try {
    loaded = [await fingerprint(QUADRATIC), await fingerprint(goals[0][1])];
  } finally {
    for (const b of busy) b.kill();
  }
  console.log('');
  table(
    ['submission', 'idle verdict', 'idle work', 'idle ms', 'loaded verdict (3 busy processes)', 'loaded work', 'loaded ms', 'same verdict and work'],
    [
      ['quadratic nested loops (correct)', idle[0], loaded[0]],
      ['infinite loop', idle[1], loaded[1]],
    ].map(([label, a, b]) => {
      const x = a as (typeof idle)[0];
      const y = b as (typeof idle)[0];
      return [label as string, x.verdict, String(x.work), fmt(x.ms), y.verdict, String(y.work), fmt(y.ms), x.verdict === y.verdict && x.work === y.work ? 'yes' : x.verdict === y.verdict ? 'verdict only' : 'NO'];
    }),
  );

  // Cost of the deterministic budget per case: the same sandbox call with and without counting
  // (work budget, heartbeats, read-only check), on every case of three problems' references.
  const module = await loadQuickJS();
  const costRows: string[][] = [];
  for (const id of SEEDS) {
    const p = loadProblemFolder(id).problem as CodingProblem;
    const cases = [...p.examples, ...p.tests];
    const readOnly = p.function.params.map((param, index) => ({ index, name: param.name }));
    const once = (counted: boolean) => {
      const t = performance.now();
      for (const c of cases) {
        runInSandbox(module, {
          code: p.reference,
          usesModules: false,
          functionName: p.function.name,
          args: c.args as Json[],
          limits: DEFAULT_LIMITS,
          timeBudgetMs: 5000,
          ...(counted ? { workBudget: 2000, onAlive: () => {}, readOnly } : {}),
        });
      }
      return (performance.now() - t) / cases.length;
    };
    const plain: number[] = [];
    const counted: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      plain.push(once(false));
      counted.push(once(true));
    }
    costRows.push([id, fmt(median(plain)), fmt(median(counted)), `${(median(counted) / median(plain)).toFixed(2)}×`]);
  }
  console.log('');
  table(['problem (reference)', 'ms / case, wall clock only', 'ms / case, work budget + heartbeat + every param read-only', 'ratio'], costRows);
  client.dispose();
}

if (process.env.BENCH_ONLY === 'runaway') {
  await benchRunaway();
} else if (process.env.BENCH_ONLY === 'concepts') {
  await (await import('./bench-concepts')).benchConcepts();
} else if (process.env.BENCH_ONLY === 'stories') {
  await (await import('./bench-stories')).benchStories();
} else if (process.env.BENCH_ONLY === 'judge') {
  await (await import('./bench-judge')).benchJudgeFigures();
} else {
  const client = await benchJudge();
  await benchComplexity(client);
  await (await import('./bench-complexity')).benchComplexityCorpus();
  client.dispose();
  await benchRunaway();
  await (await import('./bench-judge')).benchJudgeFigures();
  await (await import('./bench-python')).benchPython();
  await benchDesign();
  await (await import('./bench-concepts')).benchConcepts();
  await (await import('./bench-stories')).benchStories();
  await benchBrowser();
  await (await import('./bench-storage')).benchStorage();
}
