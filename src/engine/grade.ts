import { compareOutputs, type Comparison } from './compare';
import type { Validation } from './judge';
import { REPORT_VERSION, type CaseOutcome, type CaseReport, type CompileError, type Json, type JudgeReport } from './types';

/** A test case as the host knows it: the expected output stays here and never enters the sandbox. */
export type TestCaseSpec = { name: string; hidden: boolean; args: Json[]; expected?: Json };

/**
 * Turns the sandbox's outcome for one case into what the user sees. Hidden cases keep only their
 * name, verdict, time and an engine-written message, unless `reveal` is set (learning mode's
 * first failing case): the user's own error text or console could otherwise echo hidden inputs.
 */
export function gradeCase(
  spec: TestCaseSpec,
  outcome: CaseOutcome,
  comparison: Comparison,
  validation?: Validation,
  reveal = !spec.hidden,
): CaseReport {
  const base = { name: spec.name, hidden: spec.hidden, timeMs: outcome.timeMs };
  const shown = reveal
    ? { input: spec.args, ...(spec.expected === undefined ? {} : { expected: spec.expected }), console: outcome.console }
    : {};
  if (outcome.status === 'failed') {
    const message = reveal ? outcome.message : hiddenFailureMessage(spec.name, outcome);
    return { ...base, verdict: outcome.verdict, message, ...(outcome.position ? { position: outcome.position } : {}), ...shown };
  }
  const actual = reveal ? { actual: outcome.value } : {};
  if (comparison.mode === 'validator') {
    if (validation?.valid) return { ...base, verdict: 'accepted', ...shown, ...actual };
    const reason = validation && !validation.valid ? validation.reason : 'no validator ran';
    const message = reveal ? `Your answer is not valid: ${reason}.` : `Wrong answer on the hidden test "${spec.name}". Think about that case and try again.`;
    return { ...base, verdict: 'wrong-answer', message, ...shown, ...actual };
  }
  const result = compareOutputs(spec.expected ?? null, outcome.value, comparison);
  if (result.equal) return { ...base, verdict: 'accepted', ...shown, ...actual };
  const message = reveal
    ? `Wrong answer: ${result.difference}.`
    : `Wrong answer on the hidden test "${spec.name}". Think about that case and try again.`;
  return { ...base, verdict: 'wrong-answer', message, ...shown, ...actual };
}

function hiddenFailureMessage(caseName: string, outcome: Extract<CaseOutcome, { status: 'failed' }>): string {
  const on = `on the hidden test "${caseName}"`;
  const line = outcome.position ? ` (line ${outcome.position.line})` : '';
  switch (outcome.verdict) {
    case 'wrong-answer':
      return `Wrong answer ${on}: ${outcome.message}`;
    case 'time-limit':
      return `Time limit ${on}. ${outcome.message}`;
    case 'memory-limit':
      return `Memory limit ${on}${line}. Look for a list or string that keeps growing.`;
    case 'output-limit':
      return `Output limit ${on}. ${outcome.message}`;
    default: {
      const kind = outcome.error?.match(/^([A-Za-z]*Error)\b/)?.[1];
      const what = outcome.message.startsWith('Too much recursion') ? 'Too much recursion' : kind ? `Your code threw a ${kind}` : 'Your code failed';
      return `${what} ${on}${line}. Details are hidden for hidden tests; try that case yourself with Run.`;
    }
  }
}

/** A report where nothing ran because the code did not compile (or lacks the function). */
export function compileErrorReport(problem: string, mode: JudgeReport['mode'], specs: TestCaseSpec[], error: CompileError): JudgeReport {
  const where = error.position ? ` (line ${error.position.line}${error.position.column ? `, column ${error.position.column}` : ''})` : '';
  const cases: CaseReport[] = specs.map((s) => ({ name: s.name, hidden: s.hidden, verdict: 'compile-error', timeMs: 0 }));
  return { version: REPORT_VERSION, problem, mode, verdict: 'compile-error', passed: 0, total: specs.length, timeMs: 0, compileError: { ...error, message: error.message + where }, cases };
}

/** A submission is accepted only when every case is; otherwise it takes its first failing case's verdict. */
export function summarize(problem: string, mode: JudgeReport['mode'], cases: CaseReport[], timeMs: number): JudgeReport {
  const firstFailure = cases.find((c) => c.verdict !== 'accepted');
  return {
    version: REPORT_VERSION,
    problem,
    mode,
    verdict: firstFailure ? firstFailure.verdict : 'accepted',
    passed: cases.filter((c) => c.verdict === 'accepted').length,
    total: cases.length,
    timeMs: Math.round(timeMs),
    cases,
  };
}
