import type { Limits } from '../engine/limits';
import { DEFAULT_LIMITS } from '../engine/limits';
import type { MeasureJob } from '../engine/measure';
import type { Language } from '../engine/types';
import type { CodingProblem } from '../problems/parse';
import type { JudgeRequest } from './judge-client';

/** A problem's limits: the defaults, tightened or loosened by the problem file. */
export function limitsFor(problem: Pick<CodingProblem, 'limits'>): Limits {
  return {
    ...DEFAULT_LIMITS,
    ...(problem.limits?.caseTimeMs ? { caseTimeMs: problem.limits.caseTimeMs } : {}),
    ...(problem.limits?.memoryMb ? { memoryBytes: problem.limits.memoryMb * 1024 * 1024 } : {}),
  };
}

/** The parameters the statement says must not change, by position, for the judge's input check. */
export function readOnlyParams(problem: Pick<CodingProblem, 'function'>): { index: number; name: string }[] {
  return problem.function.params.flatMap((p, index) => (p.readOnly ? [{ index, name: p.name }] : []));
}

/** Run uses the visible examples; Submit uses the examples and every hidden test. */
export function judgeRequestFor(
  problem: CodingProblem,
  mode: 'run' | 'submit',
  source: string,
  language: Language,
  options: { revealFirstHiddenFailure?: boolean } = {},
): JudgeRequest {
  const visible = problem.examples.map((c) => ({ name: c.name, hidden: false, args: c.args, expected: c.expected }));
  const hidden = mode === 'submit' ? problem.tests.map((c) => ({ name: c.name, hidden: true, args: c.args, expected: c.expected })) : [];
  return {
    problemId: problem.id,
    mode,
    source,
    language,
    functionName: problem.function.name,
    comparison: problem.comparison,
    cases: [...visible, ...hidden],
    limits: limitsFor(problem),
    validator: problem.validator ? { source: problem.validator, functionName: 'validate' } : undefined,
    readOnly: readOnlyParams(problem),
    revealFirstHiddenFailure: options.revealFirstHiddenFailure,
  };
}

/** Sizes 16, 32, … 16384: wide enough to tell n from n log n, small enough for 3 s. */
export const MEASURE_SIZES = Array.from({ length: 11 }, (_, i) => 16 * 2 ** i);
export const MEASURE_COST_CAP = 3_000_000;
export const MEASURE_BUDGET_MS = 3000;

export function measureJobFor(problem: CodingProblem, source: string, language: Language): MeasureJob {
  return {
    source,
    language,
    functionName: problem.function.name,
    generator: problem.generator,
    sizes: MEASURE_SIZES,
    limits: limitsFor(problem),
    costCap: MEASURE_COST_CAP,
    budgetMs: MEASURE_BUDGET_MS,
  };
}
