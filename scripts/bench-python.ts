/**
 * Figures for Python-style pseudocode (issue 14), printed by `npm run bench`:
 *   - translation time of the largest reference.py (goal ≤ 20 ms);
 *   - judge time of each pseudocode reference against the same solution in JavaScript, side by
 *     side in one process, as a ratio; and the sandbox start-up cost the runtime library adds.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadQuickJS } from '../src/engine/quickjs-module';
import { runJudgeJob, type JudgeJob } from '../src/engine/judge';
import { runInSandbox } from '../src/engine/sandbox';
import { DEFAULT_LIMITS } from '../src/engine/limits';
import { translatePython } from '../src/engine/python/translate';
import { PYTHON_RUNTIME } from '../src/engine/python/runtime';
import { loadProblemFolder } from '../src/cli/load-problems';
import type { CodingProblem } from '../src/problems/parse';
import type { Language } from '../src/engine/types';
import { median, fmt, table } from './bench-stats';

const PROBLEMS = ['dedupe-list', 'are-anagrams', 'task-cycle-detect', 'lru-cache', 'top-k-products', 'warehouse-hops', 'consistent-hash-shards'];
const REPEATS = 5;


/** Prints the pseudocode figures. */
export async function benchPython() {
  console.log('\n## Python-style pseudocode\n');
  const refs = readdirSync('problems')
    .filter((id) => existsSync(join('problems', id, 'reference.py')))
    .map((id) => ({ id, source: readFileSync(join('problems', id, 'reference.py'), 'utf8') }))
    .sort((a, b) => b.source.length - a.source.length);
  const largest = refs[0];
  for (let i = 0; i < 5; i++) translatePython(largest.source); // warm-up: V8's JIT, lezer's tables
  const times = Array.from({ length: 20 }, () => {
    const t = performance.now();
    translatePython(largest.source);
    return performance.now() - t;
  });
  const all = performance.now();
  for (const r of refs) translatePython(r.source);
  const allMs = performance.now() - all;
  const translated = translatePython(largest.source);
  table(
    ['figure', 'value'],
    [
      [`translate the largest reference (${largest.id}, ${largest.source.split('\n').length} lines): median of 20`, `${fmt(median(times))} ms (goal ≤ 20 ms)`],
      ['translate all references once', `${fmt(allMs)} ms for ${refs.length}`],
      ['runtime library, whole / kept for that reference', `${PYTHON_RUNTIME.length} / ${translated.ok ? translated.runtimeColumns : 0} characters`],
    ],
  );

  const module = await loadQuickJS();
  const holder = { get: async () => module, replace: async () => module };
  const judge = async (problem: CodingProblem, source: string, language: Language) => {
    const job: JudgeJob = {
      source,
      language,
      functionName: problem.function.name,
      cases: [...problem.examples, ...problem.tests].map((c, index) => ({ index, args: c.args })),
      limits: DEFAULT_LIMITS,
      budgetMs: DEFAULT_LIMITS.submissionTimeMs,
    };
    let failed = 0;
    const t = performance.now();
    await runJudgeJob(holder, job, (e) => {
      if (e.type === 'compile-error' || (e.type === 'case-done' && e.outcome.status !== 'returned')) failed++;
    });
    return { ms: performance.now() - t, failed };
  };
  const body: string[][] = [];
  const ratios: number[] = [];
  for (const id of PROBLEMS) {
    const problem = loadProblemFolder(id).problem as CodingProblem;
    await judge(problem, problem.reference, 'javascript');
    await judge(problem, problem.referencePython, 'python');
    const js: number[] = [];
    const py: number[] = [];
    let failures = 0;
    // Interleaved, so both languages see the same machine load.
    for (let i = 0; i < REPEATS; i++) {
      const a = await judge(problem, problem.reference, 'javascript');
      const b = await judge(problem, problem.referencePython, 'python');
      js.push(a.ms);
      py.push(b.ms);
      failures += a.failed + b.failed;
    }
    const ratio = median(py) / median(js);
    ratios.push(ratio);
    const n = problem.examples.length + problem.tests.length;
    body.push([id, String(n), fmt(median(js)), fmt(median(py)), `${ratio.toFixed(2)}×`, failures ? `${failures} not returned` : '']);
  }
  console.log('');
  table(['problem (whole submission)', 'cases', 'JavaScript ms', 'pseudocode ms', 'ratio', 'note'], body);
  console.log(`\nMedian ratio pseudocode / JavaScript: ${median(ratios).toFixed(2)}× (median of ${REPEATS} interleaved runs each).`);

  // What the runtime costs every fresh sandbox: one trivial call, JavaScript vs pseudocode.
  const trivial = translatePython('def f(x):\n    return x\n');
  const call = (code: string) => {
    const t = performance.now();
    runInSandbox(module, { code, usesModules: false, functionName: 'f', args: [1], limits: DEFAULT_LIMITS, timeBudgetMs: 1000 });
    return performance.now() - t;
  };
  const jsCall: number[] = [];
  const pyCall: number[] = [];
  for (let i = 0; i < 21; i++) {
    jsCall.push(call('function f(x) { return x }'));
    if (trivial.ok) pyCall.push(call(trivial.code));
  }
  console.log(`Fresh sandbox + one trivial call: JavaScript ${fmt(median(jsCall))} ms, pseudocode ${fmt(median(pyCall))} ms (median of 21).`);
}
