/**
 * Judge figures (issue 25), printed by `npm run bench` and alone with `BENCH_ONLY=judge npm run bench`
 * (or `npx tsx scripts/bench-judge.ts`):
 *   1. calibration of the built-in charges: CPU nanoseconds per charged step of each built-in,
 *      next to plain loop steps, so a step costs about the same wherever it is spent;
 *   2. per submission and per case for every problem's reference, in-process, with the harness ÷
 *      bare QuickJS ratio (goal ≤ 20 ms a submission, ≤ 1.5×);
 *   3. the cost of charging built-ins: the same sandbox with and without it, as a ratio;
 *   4. pseudocode ÷ JavaScript per problem (goal ≤ 1.5×).
 * CPU time (process.cpuUsage) is reported next to wall time: on a loaded machine it is the steadier
 * figure. Ratios are measured side by side in one run.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadQuickJS } from '../src/engine/quickjs-module';
import { runInSandbox } from '../src/engine/sandbox';
import { runJudgeJob, type JudgeJob } from '../src/engine/judge';
import { DEFAULT_LIMITS } from '../src/engine/limits';
import { STEPS_PER_WORK_UNIT } from '../src/engine/builtin-charges';
import { transpile } from '../src/engine/transpile';
import { chargeSpreads } from '../src/engine/spread-charges';
import { loadProblemFolder } from '../src/cli/load-problems';
import type { CodingProblem } from '../src/problems/parse';
import type { Json, Language } from '../src/engine/types';
import { median, fmt, table } from './bench-stats';

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};


type Module = Awaited<ReturnType<typeof loadQuickJS>>;

/** CPU ms and work units of one sandboxed call of `f(xs)`. */
function timedCall(module: Module, source: string, args: Json[]) {
  const code = chargeSpreads(source);
  const t = cpuMs();
  const r = runInSandbox(module, { code, usesModules: false, functionName: 'f', args, limits: DEFAULT_LIMITS, timeBudgetMs: 60_000, workBudget: 1e9 });
  return { ms: cpuMs() - t, work: 'work' in r ? (r.work ?? 0) : 0, ok: r.status === 'returned' };
}

/** ns of CPU per counted step, for plain code and for each charged built-in: the closer to one figure, the fairer the budget. */
export async function calibration(module: Module) {
  const n = 20_000;
  const xs = Array.from({ length: n }, (_, i) => (i * 7919) % n);
  const words = xs.map((x) => `w${x}`);
  const text = words.join(' ');
  const rows: [string, string, Json[]][] = [
    ['plain loop (for, +=)', 'function f(xs) { let s = 0; for (let r = 0; r < 200; r++) for (let i = 0; i < xs.length; i++) s += xs[i]; return s; }', [xs]],
    ['call-heavy loop (push/pop)', 'function f(xs) { const a = []; for (let i = 0; i < 2e6; i++) { a.push(i); a.pop(); } return a.length; }', [xs]],
    ['Array indexOf (miss)', 'function f(xs) { let s = 0; for (let r = 0; r < 400; r++) s += xs.indexOf(-1); return s; }', [xs]],
    ['Array includes (miss, strings)', 'function f(xs) { let s = 0; for (let r = 0; r < 400; r++) s += xs.includes("zz") ? 1 : 0; return s; }', [words]],
    ['slice', 'function f(xs) { let s = 0; for (let r = 0; r < 100; r++) s += xs.slice().length; return s; }', [xs]],
    ['spread', 'function f(xs) { let s = 0; for (let r = 0; r < 100; r++) s += [...xs].length; return s; }', [xs]],
    ['concat', 'function f(xs) { let s = 0; for (let r = 0; r < 50; r++) s += xs.concat(xs).length; return s; }', [xs]],
    ['join', 'function f(xs) { let s = 0; for (let r = 0; r < 40; r++) s += xs.join(",").length; return s; }', [xs]],
    ['sort (numbers, comparator)', 'function f(xs) { let s = 0; for (let r = 0; r < 5; r++) s += xs.slice().sort((a, b) => a - b)[0]; return s; }', [xs]],
    ['sort (strings, default)', 'function f(xs) { let s = 0; for (let r = 0; r < 5; r++) s += xs.slice().sort()[0].length; return s; }', [words]],
    ['string includes (miss)', 'function f(t) { let s = 0; for (let r = 0; r < 400; r++) s += t.includes("#") ? 1 : 0; return s; }', [text]],
    ['split', 'function f(t) { let s = 0; for (let r = 0; r < 20; r++) s += t.split(" ").length; return s; }', [text]],
    ['replace (regex, all)', 'function f(t) { let s = 0; for (let r = 0; r < 10; r++) s += t.replace(/ /g, "_").length; return s; }', [text]],
    ['toLowerCase', 'function f(t) { let s = 0; for (let r = 0; r < 100; r++) s += t.toLowerCase().length; return s; }', [text]],
    ['Object.keys', 'function f(xs) { const o = {}; for (const w of xs) o[w] = 1; let s = 0; for (let r = 0; r < 40; r++) s += Object.keys(o).length; return s; }', [words]],
    ['JSON.stringify + parse', 'function f(xs) { let s = 0; for (let r = 0; r < 20; r++) s += JSON.parse(JSON.stringify(xs)).length; return s; }', [xs]],
    ['new Set(xs)', 'function f(xs) { let s = 0; for (let r = 0; r < 40; r++) s += new Set(xs).size; return s; }', [xs]],
  ];
  const body: string[][] = [];
  for (const [label, code, args] of rows) {
    timedCall(module, code, args);
    const samples = Array.from({ length: 3 }, () => timedCall(module, code, args));
    const ms = median(samples.map((s) => s.ms));
    const work = samples[0].work;
    body.push([label, String(work), fmt(ms), ((ms * 1e6) / (work * STEPS_PER_WORK_UNIT)).toFixed(0)]);
  }
  console.log('\n### Calibration: CPU per counted step (one work unit = 10,000 steps)\n');
  table(['code', 'work units', 'CPU ms (median of 3)', 'CPU ns per step'], body);
}

function problems(): CodingProblem[] {
  return readdirSync('problems')
    .filter((id) => existsSync(join('problems', id, 'reference.js')))
    .map((id) => loadProblemFolder(id).problem)
    .filter((p): p is CodingProblem => Boolean(p) && p!.kind === 'coding');
}

type JudgeModule = { runJudgeJob: typeof runJudgeJob; loadQuickJS: typeof loadQuickJS };

/** The commit the "earlier" columns are measured on: main before the harness moved to its own context. */
export const JUDGE_BASE_COMMIT = 'f1e49da';

/** The engine of an earlier commit (git archive of its src/ into the OS temp folder), or undefined outside a clone. */
async function earlierEngine(commit = process.env.BENCH_JUDGE_BASE ?? JUDGE_BASE_COMMIT): Promise<(JudgeModule & { label: string }) | undefined> {
  let sha: string;
  try {
    sha = execFileSync('git', ['rev-parse', '--short', `${commit}^{commit}`], { encoding: 'utf8' }).trim();
  } catch {
    console.log(`(no earlier engine: commit ${commit} is not in this clone)`);
    return undefined;
  }
  const dir = join(tmpdir(), `techscreen-judge-${sha}`);
  if (!existsSync(join(dir, 'src', 'engine', 'judge.ts'))) {
    mkdirSync(dir, { recursive: true });
    execFileSync('sh', ['-c', `git archive ${sha} src package.json | tar -x -C "${dir}"`]);
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  }
  const judge = (await import(join(dir, 'src', 'engine', 'judge.ts'))) as { runJudgeJob: typeof runJudgeJob };
  const qjs = (await import(join(dir, 'src', 'engine', 'quickjs-module.ts'))) as { loadQuickJS: typeof loadQuickJS };
  return { label: sha, runJudgeJob: judge.runJudgeJob, loadQuickJS: qjs.loadQuickJS };
}

/**
 * Per submission, every problem's reference in JavaScript and in pseudocode, this engine beside an
 * earlier commit's, run alternately in one process so both meet the same load.
 */
export async function perSubmission(module: Module) {
  const earlier = await earlierEngine();
  const earlierModule = earlier ? await earlier.loadQuickJS() : undefined;
  const holder = (m: Module) => ({ get: async () => m, replace: async () => m });
  const body: string[][] = [];
  const stats = { now: { subs: [] as number[], cases: [] as number[], ratios: [] as number[], py: [] as number[] }, before: { subs: [] as number[], cases: [] as number[], ratios: [] as number[], py: [] as number[] } };
  for (const problem of problems()) {
    const cases = [...problem.examples, ...problem.tests];
    const fn = problem.function.name;
    const job = (source: string, language: Language): JudgeJob => ({
      source,
      language,
      functionName: fn,
      cases: cases.map((c, index) => ({ index, args: c.args as Json[] })),
      limits: DEFAULT_LIMITS,
      budgetMs: 60_000,
      readOnly: problem.function.params.flatMap((p, index) => (p.readOnly ? [{ index, name: p.name }] : [])),
    });
    /** Median wall and CPU of 3 runs of each, the two engines taking turns. */
    const timeBoth = async (f: () => Promise<unknown>, g?: () => Promise<unknown>) => {
      await f();
      if (g) await g();
      const a = { wall: [] as number[], cpu: [] as number[] };
      const b = { wall: [] as number[], cpu: [] as number[] };
      for (let i = 0; i < 3; i++) {
        for (const [run, into] of [[f, a], ...(g ? [[g, b]] : [])] as [() => Promise<unknown>, typeof a][]) {
          const t = performance.now();
          const c = cpuMs();
          await run();
          into.wall.push(performance.now() - t);
          into.cpu.push(cpuMs() - c);
        }
      }
      const m = (x: typeof a) => ({ wall: median(x.wall), cpu: median(x.cpu) });
      return { now: m(a), before: g ? m(b) : undefined };
    };
    const bare = async () => {
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
    const tBare = (await timeBoth(bare)).now;
    const tJs = await timeBoth(
      () => runJudgeJob(holder(module), job(problem.reference, 'javascript'), () => {}),
      earlier && earlierModule ? () => earlier.runJudgeJob(holder(earlierModule), job(problem.reference, 'javascript'), () => {}) : undefined,
    );
    const py = problem.referencePython || undefined;
    const tPy = py
      ? await timeBoth(
          () => runJudgeJob(holder(module), job(py, 'python'), () => {}),
          earlier && earlierModule ? () => earlier.runJudgeJob(holder(earlierModule), job(py, 'python'), () => {}) : undefined,
        )
      : undefined;
    const record = (into: typeof stats.now, js: { cpu: number }, pyT?: { cpu: number }) => {
      into.subs.push(js.cpu);
      into.cases.push(js.cpu / cases.length);
      into.ratios.push(js.cpu / tBare.cpu);
      if (pyT) into.py.push(pyT.cpu / js.cpu);
    };
    record(stats.now, tJs.now, tPy?.now);
    if (tJs.before) record(stats.before, tJs.before, tPy?.before);
    const x = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
    body.push([
      problem.id,
      String(cases.length),
      tJs.before ? fmt(tJs.before.cpu) : '–',
      fmt(tJs.now.cpu),
      tJs.before ? x(tJs.now.cpu, tJs.before.cpu) : '–',
      fmt(tJs.now.cpu / cases.length),
      tJs.before ? x(tJs.before.cpu, tBare.cpu) : '–',
      x(tJs.now.cpu, tBare.cpu),
      tPy?.before && tJs.before ? x(tPy.before.cpu, tJs.before.cpu) : '–',
      tPy ? x(tPy.now.cpu, tJs.now.cpu) : '–',
    ]);
  }
  const label = earlier ? `earlier (${earlier.label})` : 'earlier';
  console.log(`\n### Judge per submission, every problem (in-process, CPU ms, median of 3; this engine and ${label} taking turns)\n`);
  table(['problem', 'cases', `CPU ms / submission, ${label}`, 'CPU ms / submission, now', 'now ÷ earlier', 'CPU ms / case, now', `harness ÷ bare QuickJS, ${label}`, 'harness ÷ bare QuickJS, now', `pseudocode ÷ JavaScript, ${label}`, 'pseudocode ÷ JavaScript, now'], body);
  const line = (name: string, s: typeof stats.now) =>
    s.subs.length
      ? `${name}: median CPU ms / submission ${fmt(median(s.subs))} (goal ≤ 20), per case ${fmt(median(s.cases))}; median harness ÷ bare ${median(s.ratios).toFixed(2)}× (goal ≤ 1.5×); median pseudocode ÷ JavaScript ${median(s.py).toFixed(2)}× (goal ≤ 1.5×), worst ${Math.max(...s.py).toFixed(2)}×`
      : '';
  console.log(`\n${line('now', stats.now)}`);
  if (stats.before.subs.length) console.log(line(label, stats.before));
}

/** The cost of charging built-ins: the same references with and without `hostWork` charging, per case. */
export async function chargingCost(module: Module) {
  const body: string[][] = [];
  for (const id of ['dedupe-list', 'are-anagrams', 'top-k-products', 'word-frequency']) {
    if (!existsSync(join('problems', id))) continue;
    const p = loadProblemFolder(id).problem as CodingProblem;
    const code = transpile(p.reference, 'javascript');
    if (!code.ok) continue;
    const cases = [...p.examples, ...p.tests];
    const once = (charged: boolean) => {
      const t = cpuMs();
      for (const c of cases) {
        runInSandbox(module, { code: code.code, usesModules: false, functionName: p.function.name, args: c.args as Json[], limits: DEFAULT_LIMITS, timeBudgetMs: 60_000, workBudget: 2000, chargeBuiltins: charged });
      }
      return (cpuMs() - t) / cases.length;
    };
    once(true);
    const plain: number[] = [];
    const charged: number[] = [];
    for (let i = 0; i < 5; i++) {
      plain.push(once(false));
      charged.push(once(true));
    }
    body.push([id, fmt(median(plain)), fmt(median(charged)), `${(median(charged) / median(plain)).toFixed(2)}×`]);
  }
  console.log('\n### Cost of charging built-ins (CPU ms per case, references)\n');
  table(['problem', 'built-ins free', 'built-ins charged', 'ratio'], body);
}

/** Prints the judge figures. */
export async function benchJudgeFigures() {
  console.log('\n## Judge: built-in charges, per submission, pseudocode (issue 25)\n');
  const module = await loadQuickJS();
  await calibration(module);
  await chargingCost(module);
  await perSubmission(module);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.env.BENCH_JUDGE_PART === 'submission') await perSubmission(await loadQuickJS());
  else await benchJudgeFigures();
}
