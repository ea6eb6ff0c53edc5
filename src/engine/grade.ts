import { compareOutputs, type Comparison } from './compare';
import type { Validation } from './judge';
import { REPORT_VERSION, type CaseOutcome, type CaseReport, type CompileError, type FailureCause, type Json, type JudgeReport, type Language, type NoticeCode } from './types';

/** A test case as the host knows it: the expected output stays here and never enters the sandbox. */
export type TestCaseSpec = { name: string; hidden: boolean; args: Json[]; expected?: Json };

type Failed = Extract<CaseOutcome, { status: 'failed' }>;

/**
 * Turns the sandbox's outcome for one case into what the user sees. Hidden cases keep only their
 * name, verdict, time and a message made of fixed words (from the verdict and its cause), unless
 * `reveal` is set (learning mode's first failing case): the user's own error text, keys or console
 * could otherwise echo hidden inputs.
 */
export function gradeCase(
  spec: TestCaseSpec,
  outcome: CaseOutcome,
  comparison: Comparison,
  validation?: Validation,
  reveal = !spec.hidden,
): CaseReport {
  const base = {
    name: spec.name,
    hidden: spec.hidden,
    timeMs: outcome.timeMs,
    ...(outcome.work === undefined ? {} : { work: outcome.work }),
    ...(outcome.notices?.length ? { notices: outcome.notices } : {}),
  };
  if (outcome.status === 'failed' && outcome.cause === 'not-run') {
    return { name: spec.name, hidden: spec.hidden, timeMs: 0, verdict: outcome.verdict, notRun: true, message: outcome.message };
  }
  const shown = reveal
    ? { input: spec.args, ...(spec.expected === undefined ? {} : { expected: spec.expected }), console: outcome.console }
    : {};
  if (outcome.status === 'failed') {
    const message = reveal ? outcome.message : hiddenFailureMessage(spec.name, outcome);
    const position = reveal && outcome.position ? { position: outcome.position } : {};
    return { ...base, verdict: outcome.verdict, message, ...position, ...shown };
  }
  const actual = reveal ? { actual: outcome.value } : {};
  if (outcome.changedInputs?.length) {
    // Parameter names come from problem.json, never from the user's code, so hidden cases may name them too.
    const message = changedInputMessage(outcome.changedInputs, outcome.language) + (reveal ? '' : ` (hidden test "${spec.name}")`);
    return { ...base, verdict: 'wrong-answer', message, ...shown, ...actual };
  }
  const wrongHidden = `Wrong answer on the hidden test "${spec.name}". Think about that case and try again.`;
  if (comparison.mode === 'validator') {
    if (validation?.valid) return { ...base, verdict: 'accepted', ...shown, ...actual };
    const reason = validation && !validation.valid ? validation.reason : 'no validator ran';
    const message = reveal ? `Your answer is not valid: ${reason}${/[.?!]$/.test(reason) ? '' : '.'}` : wrongHidden;
    return { ...base, verdict: 'wrong-answer', message, ...shown, ...actual };
  }
  const result = compareOutputs(spec.expected ?? null, outcome.value, comparison);
  if (result.equal) return { ...base, verdict: 'accepted', ...shown, ...actual };
  const message = reveal ? `Wrong answer: ${result.difference}.` : wrongHidden;
  return { ...base, verdict: 'wrong-answer', message, ...shown, ...actual };
}

/** "your function changed `items` …": a read-only argument was sorted, filled or rewritten. */
export function changedInputMessage(names: string[], language?: Language): string {
  const list = names.map((n) => `\`${n}\``).join(' and ');
  const one = names.length === 1;
  const n = names[0];
  // The copy in the user's own language: pseudocode users get Python's spelling.
  const copy = language === 'python' ? `${n} = list(${n}), or [row[:] for row in ${n}] for a list of lists` : `[...${n}]`;
  return `Your function changed ${list} (it sorted, reordered or rewrote the caller's ${one ? 'data' : 'inputs'}), but the statement says ${one ? 'this input' : 'these inputs'} must stay as given. Copy first (for example ${copy}) and change the copy, or build a new list instead.`;
}

/** Fixed words for each cause: nothing here comes from the user's code or the hidden input. */
const HIDDEN_CAUSE_TEXT: Record<FailureCause, string> = {
  'changed-input': 'your function changed an input it must leave as given',
  'not-json': 'your function returned something that is not plain data (undefined, NaN, a Set or Map, a function…)',
  'too-large': 'your function returned far more data than the answer needs',
  'too-deep': 'your function returned data nested too deeply',
  threw: 'your code threw an error',
  'threw-value': 'your code threw a value that is not an Error',
  'stack-overflow': 'too much recursion: the call stack overflowed; use a loop with an explicit stack',
  'load-error': 'your code failed while loading, before the function was called',
  'never-settled': 'your function returned a Promise that never settled',
  'work-budget': 'your code did more work than the limit allows: look for a loop that never ends or repeats far more work than it needs',
  'wall-clock': 'your code ran past the time limit, mostly inside built-in operations on large data',
  'native-stall': 'your code got stuck inside a single built-in operation and the sandbox was restarted',
  memory: 'your code used more memory than the limit: look for a list, string or map that keeps growing',
  'console-flood': 'your code printed more console output than the limit',
  crash: 'the sandbox crashed and was restarted',
  'not-run': 'this case was not run',
};

const VERDICT_WORDS: Record<Failed['verdict'], string> = {
  'wrong-answer': 'Wrong answer',
  'runtime-error': 'Runtime error',
  'time-limit': 'Time limit',
  'memory-limit': 'Memory limit',
  'output-limit': 'Output limit',
  'compile-error': 'Compile error',
};

function hiddenFailureMessage(caseName: string, outcome: Failed): string {
  const why = outcome.cause ? `: ${HIDDEN_CAUSE_TEXT[outcome.cause]}` : '';
  const more = outcome.verdict === 'runtime-error' || outcome.verdict === 'wrong-answer' ? ' Details are hidden for hidden tests; try that case yourself with Run.' : '';
  return `${VERDICT_WORDS[outcome.verdict]} on the hidden test "${caseName}"${why}.${more}`;
}

/** What each sandbox-vs-browser difference means for the user, in fixed words. */
export const NOTICE_TEXT: Record<NoticeCode, string> = {
  'locale-compare': 'Your code uses localeCompare. The sandbox (QuickJS) has no locale data; it orders plain text the way a browser does (punctuation, then digits, then letters, lowercase before uppercase), but accented and non-Latin text may order differently from your browser.',
  'locale-number': "Your code uses toLocaleString on a number. The sandbox formats it as a browser in English does (1,234.568); other locales' formats are not available.",
  'locale-options': 'Your code passes a locale or options to a locale-aware method. The sandbox supports only English and the numeric and sensitivity options of localeCompare / Intl.Collator; other locales and options are ignored, so results may differ from your browser.',
  intl: 'Your code uses Intl.Collator. The sandbox has no Intl; a small built-in version compares like localeCompare (see above).',
  'intl-missing': 'Your code uses an Intl formatter (NumberFormat, DateTimeFormat…) that the sandbox does not have. Format the value yourself, for example with toFixed.',
};

function noticesOf(cases: CaseReport[]): { notices?: string[] } {
  const codes = [...new Set(cases.flatMap((c) => c.notices ?? []))];
  return codes.length ? { notices: codes.map((c) => NOTICE_TEXT[c]) } : {};
}

/** A report where nothing ran because the code did not compile (or lacks the function). */
export function compileErrorReport(problem: string, mode: JudgeReport['mode'], specs: TestCaseSpec[], error: CompileError): JudgeReport {
  const where = error.position ? ` (line ${error.position.line}${error.position.column ? `, column ${error.position.column}` : ''})` : '';
  const cases: CaseReport[] = specs.map((s) => ({ name: s.name, hidden: s.hidden, verdict: 'compile-error', timeMs: 0 }));
  return { version: REPORT_VERSION, problem, mode, verdict: 'compile-error', passed: 0, total: specs.length, timeMs: 0, compileError: { ...error, message: error.message + where }, cases };
}

/**
 * A submission is accepted only when every case is; otherwise it takes its first failing case's
 * verdict. Cases that were not run never decide the verdict.
 */
export function summarize(problem: string, mode: JudgeReport['mode'], cases: CaseReport[], timeMs: number): JudgeReport {
  const firstFailure = cases.find((c) => c.verdict !== 'accepted' && !c.notRun) ?? cases.find((c) => c.verdict !== 'accepted');
  return {
    version: REPORT_VERSION,
    problem,
    mode,
    verdict: firstFailure ? firstFailure.verdict : 'accepted',
    passed: cases.filter((c) => c.verdict === 'accepted').length,
    total: cases.length,
    timeMs: Math.round(timeMs),
    ...(cases.some((c) => c.notRun) ? { notRun: cases.filter((c) => c.notRun).length } : {}),
    ...noticesOf(cases),
    cases,
  };
}
