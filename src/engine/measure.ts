import { instrument } from './instrument';
import type { ModuleHolder } from './judge';
import type { Limits } from './limits';
import { runMeasuredCall } from './measure-call';
import { transpile } from './transpile';
import type { Language } from './types';
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
  /** Count per line and sample memory (default). False counts the total only: the benchmark's baseline. */
  attribute?: boolean;
};

/** What one size measured. Costs and bytes are deterministic; `timeMs` is only for people. */
export type MeasurePoint = {
  type: 'point';
  n: number;
  cost: number;
  timeMs: number;
  /** [line, operations] of the user's code (line 0: work no call site could be named for). */
  lines?: [number, number][];
  /** Heap bytes the call held beyond its input, at its peak, minus the returned value. */
  spaceBytes?: number;
  /** Heap bytes of the returned value. */
  outputBytes?: number;
  /** Deepest nesting of the user's own calls. */
  depth?: number;
};

export type MeasureEvent =
  | MeasurePoint
  | {
      type: 'stopped';
      reason: 'done' | 'cost-cap' | 'time' | 'failed' | 'compile' | 'crash';
      /** The size that was not completed, if any. */
      n?: number;
      message?: string;
    };

export const GENERATOR_FUNCTION = 'generate';

/**
 * Runs the user's function at growing sizes of generated input and reports, for each size, the
 * operation count (per line when attributed), the memory held and the call depth, so the caller
 * can classify time and space growth and show where the cost is. Each size runs in a fresh sandbox.
 */
export async function runMeasureJob(modules: ModuleHolder, job: MeasureJob, emit: (event: MeasureEvent) => void): Promise<void> {
  const attribute = job.attribute !== false;
  const transpiled = transpile(job.source, job.language);
  const instrumented = transpiled.ok ? instrument(transpiled.code, { attribute, runtimeEnd: transpiled.runtimeColumns }) : undefined;
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
    try {
      const module = await modules.get();
      const result = runMeasuredCall(module, {
        code: instrumented.code,
        lines: attribute ? instrumented.lines : undefined,
        usesModules: transpiled.usesModules,
        functionName: job.functionName,
        generator: generator.code,
        n,
        limits: job.limits,
        // The cost cap decides which sizes run; time only guards against a stall, so a busy machine
        // measures the same sizes as an idle one as long as the whole budget allows.
        timeBudgetMs: budgetLeft,
      });
      if (result.status === 'returned') {
        costs.push(result.cost);
        const m = result.memory;
        emit({
          type: 'point',
          n,
          cost: result.cost,
          timeMs: result.timeMs,
          ...(attribute
            ? { lines: result.lines, spaceBytes: Math.max(0, m.peak - m.baseline - m.output), outputBytes: m.output, depth: result.depth }
            : {}),
        });
        continue;
      }
      if (result.kind === 'generator') throw new Error(result.message);
      return emit({ type: 'stopped', reason: result.kind === 'time' ? 'time' : 'failed', n, message: result.message });
    } catch (e) {
      if (!(e instanceof EngineCrashError)) throw e;
      await modules.replace();
      return emit({ type: 'stopped', reason: 'crash', n, message: e.message });
    }
  }
  emit({ type: 'stopped', reason: 'done' });
}
