import { COUNTING_BUILTINS_SOURCE, COST_COUNTER, instrumentForCost } from './instrument';
import type { ModuleHolder } from './judge';
import type { Limits } from './limits';
import { runInSandbox } from './sandbox';
import { transpile } from './transpile';
import type { Json, Language } from './types';
import { EngineCrashError } from './errors';

export type MeasureJob = {
  source: string;
  language: Language;
  functionName: string;
  /** The problem's generator: `function generate(n) { return [arg1, arg2, …] }`. */
  generator: string;
  /** Sizes to try, smallest first. */
  sizes: number[];
  limits: Limits;
  /** Stop before a size whose predicted operation count passes this: keeps the set of sizes deterministic. */
  costCap: number;
  /** Wall-clock safety net for the whole measurement. */
  budgetMs: number;
};

export type MeasureEvent =
  | { type: 'point'; n: number; cost: number; timeMs: number }
  | {
      type: 'stopped';
      reason: 'done' | 'cost-cap' | 'time' | 'failed' | 'compile' | 'crash';
      /** The size that was not completed, if any. */
      n?: number;
      message?: string;
    };

export const GENERATOR_FUNCTION = 'generate';

/**
 * Runs the user's function at growing sizes of generated input and reports the operation count of
 * each, so the caller can classify its growth. Each size runs in a fresh sandbox.
 */
export async function runMeasureJob(modules: ModuleHolder, job: MeasureJob, emit: (event: MeasureEvent) => void): Promise<void> {
  const transpiled = transpile(job.source, job.language);
  const instrumented = transpiled.ok ? instrumentForCost(transpiled.code) : undefined;
  if (!transpiled.ok || instrumented === undefined) {
    emit({ type: 'stopped', reason: 'compile', message: 'The code does not compile, so it cannot be measured.' });
    return;
  }
  const generator = transpile(job.generator, 'javascript');
  if (!generator.ok) throw new Error(`the problem's generator does not compile: ${generator.error.message}`);

  const started = performance.now();
  const costs: number[] = [];
  for (const n of job.sizes) {
    if (costs.length >= 2) {
      const [prev, last] = costs.slice(-2);
      const predicted = last * Math.max(1, last / Math.max(prev, 1));
      if (predicted > job.costCap) return emit({ type: 'stopped', reason: 'cost-cap', n });
    }
    const budgetLeft = job.budgetMs - (performance.now() - started);
    if (budgetLeft <= 50) return emit({ type: 'stopped', reason: 'time', n });
    const timeBudgetMs = Math.min(job.limits.caseTimeMs * 2, budgetLeft);
    try {
      const module = await modules.get();
      const input = runInSandbox(module, {
        code: generator.code,
        usesModules: generator.usesModules,
        functionName: GENERATOR_FUNCTION,
        args: [n],
        limits: job.limits,
        timeBudgetMs: job.limits.caseTimeMs * 2,
      });
      if (input.status !== 'returned' || !Array.isArray(input.value)) {
        throw new Error(`the problem's generator failed at n = ${n}: ${input.status === 'failed' ? input.message : 'it must return the argument list'}`);
      }
      const result = runInSandbox(module, {
        code: instrumented,
        usesModules: transpiled.usesModules,
        functionName: job.functionName,
        args: input.value as Json[],
        limits: job.limits,
        timeBudgetMs,
        setup: COUNTING_BUILTINS_SOURCE,
        costExpression: `${COST_COUNTER}.n`,
      });
      if (result.status === 'returned') {
        costs.push(result.cost ?? 0);
        emit({ type: 'point', n, cost: result.cost ?? 0, timeMs: result.timeMs });
        continue;
      }
      const reason = result.status === 'failed' && result.verdict === 'time-limit' ? 'time' : 'failed';
      const message = result.status === 'failed' ? result.message : 'the function is missing';
      return emit({ type: 'stopped', reason, n, message });
    } catch (e) {
      if (!(e instanceof EngineCrashError)) throw e;
      await modules.replace();
      return emit({ type: 'stopped', reason: 'crash', n, message: e.message });
    }
  }
  emit({ type: 'stopped', reason: 'done' });
}
