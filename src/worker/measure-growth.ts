import type { GrowthPoint } from '../engine/classify';
import { plainPoints, summarizeGrowth, type GrowthSummary } from '../engine/growth-summary';
import type { MeasureEvent, MeasurePoint } from '../engine/measure';
import type { Language } from '../engine/types';
import type { CodingProblem } from '../problems/parse';
import type { JudgeClient } from './judge-client';
import { measureJobFor } from './requests';

export type MeasuredPoint = GrowthPoint & Pick<MeasurePoint, 'spaceBytes' | 'outputBytes' | 'depth'>;

export type GrowthReport = GrowthSummary & {
  points: MeasuredPoint[];
  /** Why measuring stopped before the largest size, in words, if it did. */
  stopped?: { reason: Extract<MeasureEvent, { type: 'stopped' }>['reason']; n?: number; message?: string };
  /** How long the measurement took, in ms. */
  elapsedMs: number;
};

/** Extra time past the measurement's own budget before the watchdog kills the worker. */
const MEASURE_WATCHDOG_SLACK_MS = 2500;

/** Measures the growth of the user's code on the problem's generated inputs and classifies time and space. */
export async function measureGrowth(
  client: JudgeClient,
  problem: CodingProblem,
  source: string,
  language: Language,
  options: { budgetMs?: number } = {},
): Promise<GrowthReport | undefined> {
  const points: MeasurePoint[] = [];
  let stopped: GrowthReport['stopped'];
  const started = performance.now();
  const job = measureJobFor(problem, source, language);
  if (options.budgetMs) job.budgetMs = options.budgetMs;
  const handle = client.measure(
    job,
    (event) => {
      if (event.type === 'point') points.push(event);
      else if (event.reason !== 'done' && event.reason !== 'cost-cap') stopped = { reason: event.reason, n: event.n, message: event.message };
    },
    job.budgetMs + MEASURE_WATCHDOG_SLACK_MS,
  );
  const result = await handle.result;
  if (result.status === 'cancelled') return undefined;
  const summary = summarizeGrowth(points, { outputCountsAsSpace: problem.complexity.outputCountsAsSpace });
  return { ...summary, points: plainPoints(points), stopped, elapsedMs: Math.round(performance.now() - started) };
}

/** "too slow to measure beyond n = 512" and the like, for people. */
export function describeStop(stopped: GrowthReport['stopped']): string | undefined {
  if (!stopped) return undefined;
  switch (stopped.reason) {
    case 'time':
      return `too slow to measure beyond n = ${stopped.n ?? '?'}`;
    case 'failed':
      return `stopped at n = ${stopped.n ?? '?'}: ${stopped.message ?? 'the code failed'}`;
    case 'compile':
      return stopped.message ?? 'the code does not compile';
    case 'crash':
      return `the sandbox crashed at n = ${stopped.n ?? '?'}`;
    default:
      return undefined;
  }
}
