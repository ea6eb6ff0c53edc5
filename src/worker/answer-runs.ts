import type { Json, Language } from '../engine/types';
import type { AnswerQuestion, TraceQuestion } from '../problems/parse-questions';
import { gradeApi } from '../review/questions/api-grade';
import { gradeEstimate } from '../review/questions/estimate-check';
import type { AnswerResult } from '../review/questions/result';
import { gradeTrace, readArguments, type CallResult, type FixRun, type TraceRuns } from '../review/questions/trace-grade';
import type { JudgeClient } from './judge-client';

/** A snippet to call: the shown code, its intended version or a candidate's fix. */
type Callable = { source: string; language: Language; functionName: string };

/**
 * Calls a function once per argument list, each call in its own fresh sandbox (the judge's own path,
 * with its limits), and reports what each returned or how it failed. Nothing is compared here.
 */
export async function runCalls(client: JudgeClient, id: string, callable: Callable, argLists: Json[][]): Promise<CallResult[]> {
  if (argLists.length === 0) return [];
  const run = await client.judge({
    problemId: id,
    mode: 'run',
    source: callable.source,
    language: callable.language,
    functionName: callable.functionName,
    comparison: { mode: 'exact' },
    cases: argLists.map((args, i) => ({ name: `call ${i + 1}`, hidden: false, args })),
  }).result;
  if (run.status !== 'done') return argLists.map(() => ({ kind: 'error', message: 'the run was cancelled' }));
  const report = run.value;
  if (report.compileError) return argLists.map(() => ({ kind: 'error', message: report.compileError!.message }));
  return report.cases.map((c) =>
    c.actual !== undefined && (c.verdict === 'accepted' || c.verdict === 'wrong-answer')
      ? { kind: 'value', value: c.actual }
      : { kind: 'error', message: c.message ?? c.verdict },
  );
}

/** The snippet as the sandbox runs it. */
export const snippetOf = (q: TraceQuestion): Callable => ({ source: q.snippet, language: q.language, functionName: q.function });
/** The intended behaviour (always JavaScript). */
export const intendedOf = (q: TraceQuestion): Callable => ({ source: q.intended ?? '', language: 'javascript', functionName: q.function });

/** The snippet's result for every prediction: the expected answers, computed, never typed by hand. */
export async function expectedPredictions(client: JudgeClient, q: TraceQuestion): Promise<Record<string, CallResult>> {
  const results = await runCalls(client, q.id, snippetOf(q), q.predictions.map((p) => p.args));
  return Object.fromEntries(q.predictions.map((p, i) => [p.id, results[i]]));
}

/** Judges a fix on the question's hidden fix tests, whose expected values come from running intended.js. */
export async function runFix(client: JudgeClient, q: TraceQuestion, source: string): Promise<FixRun> {
  const tests = q.bug?.fixTests ?? [];
  const expected = await runCalls(client, q.id, intendedOf(q), tests.map((t) => t.args));
  const run = await client.judge({
    problemId: q.id,
    mode: 'submit',
    source,
    language: q.language,
    functionName: q.function,
    comparison: { mode: 'exact' },
    cases: tests.map((t, i) => {
      const e = expected[i];
      return { name: t.name, hidden: true, args: t.args, expected: e.kind === 'value' ? e.value : null };
    }),
    revealFirstHiddenFailure: true,
  }).result;
  if (run.status !== 'done') return { passed: 0, total: tests.length, compileError: 'the run was cancelled' };
  const report = run.value;
  if (report.compileError) {
    const where = report.compileError.position ? ` (line ${report.compileError.position.line})` : '';
    return { passed: 0, total: tests.length, compileError: `${report.compileError.message}${where}` };
  }
  const failed = report.cases.find((c) => c.verdict !== 'accepted');
  return {
    passed: report.passed,
    total: report.total,
    ...(failed ? { firstFailure: { name: failed.name, message: failed.message ?? failed.verdict } } : {}),
  };
}

/** Runs everything a trace answer needs in the sandbox: the predictions' real results, the breaking input, the fix. */
export async function runTraceAnswer(client: JudgeClient, q: TraceQuestion, answers: Record<string, string | undefined>): Promise<TraceRuns> {
  const runs: TraceRuns = { predictions: await expectedPredictions(client, q) };
  if (!q.bug) return runs;
  const typed = answers['breaking-input'];
  if (typed?.trim()) {
    const read = readArguments(typed, q.predictions[0].args.length);
    if (read.ok) {
      const [snippet] = await runCalls(client, q.id, snippetOf(q), [read.args]);
      const [intended] = await runCalls(client, q.id, intendedOf(q), [read.args]);
      runs.breaking = { args: read.args, snippet, intended };
    }
  }
  const fix = answers.fix;
  if (fix?.trim() && fix.trim() !== q.snippet.trim()) runs.fix = await runFix(client, q, fix);
  return runs;
}

/** Grades any trace, api or estimate answer; only traces need the sandbox. */
export async function gradeAnswer(client: JudgeClient, q: AnswerQuestion, answers: Record<string, string | undefined>): Promise<AnswerResult> {
  if (q.kind === 'api') return gradeApi(q, answers);
  if (q.kind === 'estimate') return gradeEstimate(q, answers);
  const result = gradeTrace(q, answers, await runTraceAnswer(client, q, answers));
  if (!answers.explain?.trim()) return result;
  // The answer reader brings an NLP library: loaded only when there is a sentence to read.
  const { adviseExplanation } = await import('../review/questions/explain-advice');
  const advice = adviseExplanation(q, answers.explain);
  return advice ? { ...result, fields: [...result.fields, advice] } : result;
}
