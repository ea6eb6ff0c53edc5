import { classifyGrowth, type GrowthPoint } from '../engine/classify';
import type { MeasureEvent } from '../engine/measure';
import type { Language } from '../engine/types';
import type { ComplexityClass } from '../problems/schema';
import type { CodingProblem } from '../problems/parse';
import type { JudgeClient } from './judge-client';
import { MEASURE_BUDGET_MS, measureJobFor } from './requests';

export type GrowthReport = {
  /** The measured class, or undefined when too few sizes completed to tell. */
  time: ComplexityClass | undefined;
  points: GrowthPoint[];
  /** Why measuring stopped before the largest size, in words, if it did. */
  stopped?: { reason: Extract<MeasureEvent, { type: 'stopped' }>['reason']; n?: number; message?: string };
  /** How long the measurement took, in ms. */
  elapsedMs: number;
};

/** Extra time past the measurement's own budget before the watchdog kills the worker. */
const MEASURE_WATCHDOG_SLACK_MS = 2500;

/** Measures the growth of the user's code on the problem's generated inputs and classifies it. */
export async function measureGrowth(client: JudgeClient, problem: CodingProblem, source: string, language: Language): Promise<GrowthReport | undefined> {
  const points: GrowthPoint[] = [];
  let stopped: GrowthReport['stopped'];
  const started = performance.now();
  const handle = client.measure(
    measureJobFor(problem, source, language),
    (event) => {
      if (event.type === 'point') points.push({ n: event.n, cost: event.cost, timeMs: event.timeMs });
      else if (event.reason !== 'done' && event.reason !== 'cost-cap') stopped = { reason: event.reason, n: event.n, message: event.message };
    },
    MEASURE_BUDGET_MS + MEASURE_WATCHDOG_SLACK_MS,
  );
  const result = await handle.result;
  if (result.status === 'cancelled') return undefined;
  return { time: classifyGrowth(points).time, points, stopped, elapsedMs: Math.round(performance.now() - started) };
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
