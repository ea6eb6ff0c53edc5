import type { CodingProblem } from '../problems/parse';
import type { JudgeClient } from '../worker/judge-client';
import { judgeRequestFor } from '../worker/requests';
import { measureGrowth } from '../worker/measure-growth';
import { isScaleTest } from '../problems/rules';
import { compareOutputs } from '../engine/compare';
import type { Json } from '../engine/types';
import { EXACT_ORACLES } from './exact-oracles';

export type ProblemAudit = {
  errors: string[];
  warnings: string[];
  /** For each wrong solution, the hidden tests it fails. */
  caughtBy: Record<string, string[]>;
  /** For each wrong solution, the failing hidden tests named for a rule it breaks (never a scale test). */
  caughtByRule: Record<string, { test: string; rule: string }[]>;
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
  const caughtByRule: Record<string, { test: string; rule: string }[]> = {};
  for (const wrong of problem.wrongSolutions) {
    const report = await submit(wrong.source);
    const failed = report.cases.filter((c) => c.verdict !== 'accepted');
    caughtBy[wrong.name] = failed.filter((c) => c.hidden).map((c) => c.name);
    const broken = problem.rules.filter((r) => r.wrong.some((w) => w.name === wrong.name));
    caughtByRule[wrong.name] = broken.flatMap((rule) =>
      rule.tests.filter((t) => !isScaleTest(t.name) && caughtBy[wrong.name].includes(t.name)).map((t) => ({ test: t.name, rule: rule.id })),
    );
    if (report.verdict === 'accepted') errors.push(`wrong/${wrong.name}.js is accepted, but it should fail: ${wrong.mistake}`);
    else if (report.verdict === 'compile-error') errors.push(`wrong/${wrong.name}.js does not compile: ${report.compileError?.message}`);
    else if (caughtBy[wrong.name].length === 0) errors.push(`wrong/${wrong.name}.js fails only visible examples; add a hidden test for: ${wrong.mistake}`);
    else if (problem.rules.length && caughtByRule[wrong.name].length === 0) {
      const rules = broken.map((r) => r.id).join(', ') || 'no rule';
      errors.push(`gap: wrong/${wrong.name}.js (${wrong.mistake}) breaks ${rules}, but no test named for that rule rejects it (only: ${caughtBy[wrong.name].map((n) => `"${n}"`).join(', ')})`);
    }
  }
  for (const rule of problem.rules) {
    if (rule.wrong.length === 0) warnings.push(`rule ${rule.id} has no known-wrong solution that breaks it`);
  }
  for (const right of problem.rightSolutions) {
    const report = await submit(right.source);
    if (report.verdict !== 'accepted') {
      const failing = report.cases.filter((c) => c.verdict !== 'accepted').map((c) => `"${c.name}" (${c.verdict}${c.message ? `: ${c.message}` : ''})`);
      errors.push(`right/${right.name}.js is correct but was not accepted: ${report.compileError?.message ?? failing.slice(0, 3).join('; ')}`);
    }
  }
  const soleCatches = new Set(Object.values(caughtBy).filter((names) => names.length === 1).map((names) => names[0]));
  const redundant = problem.tests.map((t) => t.name).filter((name) => !soleCatches.has(name));

  const exact = await checkExact(client, problem);
  errors.push(...exact.errors);
  if (exact.checked) warnings.push(`exact re-computation agrees on ${exact.checked} inputs (${exact.boundary} of them extra boundary inputs)`);

  let referenceGrowth: string | undefined;
  if (options.growth) {
    const growth = await measureGrowth(client, problem, problem.reference, 'javascript');
    referenceGrowth = growth?.time ?? 'unknown';
    if (growth?.time && growth.time !== problem.complexity.time) {
      warnings.push(`the reference measures as ${growth.time} but complexity.time says ${problem.complexity.time}`);
    }
  }
  return { errors, warnings, caughtBy, caughtByRule, redundant, referenceGrowth };
}

/**
 * Where the problem has an exact oracle: every test's expected output must equal the exact answer,
 * and the reference must agree with it on extra boundary inputs too.
 */
async function checkExact(client: JudgeClient, problem: CodingProblem): Promise<{ errors: string[]; checked: number; boundary: number }> {
  const oracle = EXACT_ORACLES[problem.id];
  if (!oracle) return { errors: [], checked: 0, boundary: 0 };
  const errors: string[] = [];
  const named = [
    ...problem.examples.map((c, i) => ({ where: `problem.json examples[${i}] "${c.name}"`, ...c })),
    ...problem.tests.map((c, i) => ({ where: `tests.json [${i}] "${c.name}"`, ...c })),
  ];
  for (const c of named) {
    const exact = oracle.solve(c.args);
    if (exact && typeof exact === 'object' && 'invalid' in exact) {
      errors.push(`${c.where}: ${(exact as { invalid: string }).invalid}`);
      continue;
    }
    const same = compareOutputs(exact as Json, c.expected as Json, problem.comparison);
    if (!same.equal) errors.push(`${c.where}: the expected output disagrees with the exact re-computation (${same.difference})`);
  }
  const boundary = oracle.boundaryInputs().map((args, i) => ({ args, expected: oracle.solve(args) as Json, name: `boundary input ${i + 1}`, hidden: true }));
  const request = { ...judgeRequestFor(problem, 'submit', problem.reference, 'javascript'), cases: boundary };
  if (boundary.length) {
    const run = await client.judge(request).result;
    if (run.status !== 'done') throw new Error('judge run was cancelled');
    for (const [i, c] of run.value.cases.entries()) {
      if (c.verdict !== 'accepted') errors.push(`reference.js disagrees with the exact re-computation on ${JSON.stringify(boundary[i].args).slice(0, 160)}: ${c.message ?? c.verdict}`);
    }
  }
  return { errors, checked: named.length + boundary.length, boundary: boundary.length };
}
