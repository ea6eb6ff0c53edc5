import type { CodingProblem } from '../problems/parse';
import type { JudgeClient } from '../worker/judge-client';
import { judgeRequestFor } from '../worker/requests';
import { measureGrowth } from '../worker/measure-growth';

export type ProblemAudit = {
  errors: string[];
  warnings: string[];
  /** For each wrong solution, the hidden tests it fails. */
  caughtBy: Record<string, string[]>;
  /** Hidden tests that no wrong solution fails on its own. */
  redundant: string[];
  referenceGrowth?: string;
};

/** Checks that a coding problem's tests accept its reference and reject every known-wrong solution. */
export async function auditProblem(client: JudgeClient, problem: CodingProblem, options: { growth?: boolean } = {}): Promise<ProblemAudit> {
  const errors: string[] = [];
  const warnings: string[] = [];
  const submit = async (source: string, language: 'javascript' | 'python' = 'javascript') => {
    const run = await client.judge(judgeRequestFor(problem, 'submit', source, language)).result;
    if (run.status !== 'done') throw new Error('judge run was cancelled');
    return run.value;
  };

  const reference = await submit(problem.reference);
  if (reference.verdict !== 'accepted') {
    const failing = reference.cases.filter((c) => c.verdict !== 'accepted').map((c) => `"${c.name}" (${c.verdict}${c.message ? `: ${c.message}` : ''})`);
    errors.push(`reference.js is not accepted: ${reference.compileError?.message ?? failing.join('; ')}`);
  }
  const slowest = Math.max(0, ...reference.cases.map((c) => c.timeMs));
  if (slowest > 250) warnings.push(`the reference takes ${Math.round(slowest)} ms on one case: keep hidden tests well inside the 1 s limit`);

  const starter = await submit(problem.starter.javascript);
  if (starter.verdict === 'accepted') errors.push('starter.js is already accepted');

  const referencePy = await submit(problem.referencePython, 'python');
  if (referencePy.verdict !== 'accepted') {
    const failing = referencePy.cases.filter((c) => c.verdict !== 'accepted').map((c) => `"${c.name}" (${c.verdict}${c.message ? `: ${c.message}` : ''})`);
    errors.push(`reference.py is not accepted: ${referencePy.compileError?.message ?? failing.join('; ')}`);
  }
  const starterPy = await submit(problem.starter.python, 'python');
  if (starterPy.verdict === 'accepted') errors.push('starter.py is already accepted');

  const caughtBy: Record<string, string[]> = {};
  for (const wrong of problem.wrongSolutions) {
    const report = await submit(wrong.source);
    const failed = report.cases.filter((c) => c.verdict !== 'accepted');
    caughtBy[wrong.name] = failed.filter((c) => c.hidden).map((c) => c.name);
    if (report.verdict === 'accepted') errors.push(`wrong/${wrong.name}.js is accepted, but it should fail: ${wrong.mistake}`);
    else if (report.verdict === 'compile-error') errors.push(`wrong/${wrong.name}.js does not compile: ${report.compileError?.message}`);
    else if (caughtBy[wrong.name].length === 0) warnings.push(`wrong/${wrong.name}.js fails only visible examples; add a hidden test for: ${wrong.mistake}`);
  }
  const soleCatches = new Set(Object.values(caughtBy).filter((names) => names.length === 1).map((names) => names[0]));
  const redundant = problem.tests.map((t) => t.name).filter((name) => !soleCatches.has(name));
  if (redundant.length) warnings.push(`hidden tests no wrong solution fails alone: ${redundant.map((n) => `"${n}"`).join(', ')}`);

  let referenceGrowth: string | undefined;
  if (options.growth) {
    const growth = await measureGrowth(client, problem, problem.reference, 'javascript');
    referenceGrowth = growth?.time ?? 'unknown';
    if (growth?.time && growth.time !== problem.complexity.time) {
      warnings.push(`the reference measures as ${growth.time} but complexity.time says ${problem.complexity.time}`);
    }
  }
  return { errors, warnings, caughtBy, redundant, referenceGrowth };
}
