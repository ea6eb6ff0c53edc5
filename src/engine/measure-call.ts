import type { QuickJSContext, QuickJSHandle, QuickJSRuntime, QuickJSWASMModule } from 'quickjs-emscripten-core';
import { COST_COUNTER, MEMORY_SAMPLER, STRING_HEADER_BYTES, countingBuiltinsSource } from './instrument';
import { PRELUDE_SOURCE } from './prelude';
import { SOLUTION_FILE_NAME, type Limits } from './limits';
import { EngineCrashError } from './errors';

/*
 * One measured call of the user's function, in a fresh QuickJS runtime. The judge's sandbox answers
 * "what did it return"; this answers "how much work, where, and how much memory", which needs the
 * input generated inside the same heap (so it is part of the baseline, not of the cost), a memory
 * sampler the instrumented code calls, and the returned value kept in the VM so its size can be
 * told apart from the memory the code held while working.
 */

export type MeasureCallSpec = {
  /** Instrumented code (see instrument.ts), with `attribute: true` when `lines` is given. */
  code: string;
  /** Lines of the code before instrumentation (the size of the per-line counts); undefined: count only the total. */
  lines: number | undefined;
  usesModules: boolean;
  functionName: string;
  /** The problem's generator (a plain script defining `generate`). */
  generator: string;
  n: number;
  limits: Limits;
  timeBudgetMs: number;
};

/** Bytes of QuickJS heap, from its own accounting (deterministic: sizes of objects, not of malloc blocks). */
export type MemorySample = { baseline: number; peak: number; atReturn: number | undefined; output: number };

export type MeasureCallResult =
  | {
      status: 'returned';
      cost: number;
      /** [line, operations] for every line that did work; line 0 is work no call site could be named for. */
      lines: [number, number][];
      /** Deepest nesting of the user's calls (recursion depth), for stack space. */
      depth: number;
      memory: MemorySample;
      timeMs: number;
    }
  | { status: 'failed'; kind: 'time' | 'error' | 'generator'; message: string; timeMs: number };

const HARNESS_FILE = 'techscreen-measure.js';
/** Size of one Map/Set record in the 32-bit QuickJS build (JSMapRecord: links, key, value). */
const MAP_RECORD_BYTES = 40;

/** Runs the generator and then the instrumented function at size `n`, counting work and sampling memory. */
export function runMeasuredCall(module: Pick<QuickJSWASMModule, 'newRuntime'>, spec: MeasureCallSpec): MeasureCallResult {
  const started = performance.now();
  const deadline = started + spec.timeBudgetMs;
  const elapsed = () => Math.round((performance.now() - started) * 100) / 100;
  let runtime: QuickJSRuntime | undefined;
  let context: QuickJSContext | undefined;
  const handles: QuickJSHandle[] = [];
  const keep = (h: QuickJSHandle) => (handles.push(h), h);
  const failed = (kind: 'time' | 'error' | 'generator', message: string): MeasureCallResult => ({ status: 'failed', kind, message, timeMs: elapsed() });

  try {
    runtime = module.newRuntime();
    runtime.setMemoryLimit(spec.limits.memoryBytes);
    runtime.setMaxStackSize(spec.limits.stackBytes);
    runtime.setInterruptHandler(() => performance.now() > deadline);
    context = runtime.newContext();
    const vm = context;
    const rt = runtime;

    const heapBytes = (): number => {
      const usage = rt.computeMemoryUsage();
      try {
        const read = (key: string) => vm.getProp(usage, key).consume((h) => vm.getNumber(h)) || 0;
        // QuickJS's own size accounting skips Map and Set records, which are separate allocations:
        // count the blocks it did not account for at the size of one record.
        const unaccounted = Math.max(0, read('malloc_count') - read('memory_used_count'));
        return read('memory_used_size') + unaccounted * MAP_RECORD_BYTES;
      } catch {
        return 0;
      } finally {
        usage.dispose();
      }
    };
    let sampling = false;
    let peak = 0;
    let stringPeak = 0;
    let atReturn: number | undefined;
    const sampler = keep(
      vm.newFunction(MEMORY_SAMPLER, (kind, extra) => {
        if (!sampling) return;
        // A string is invisible to QuickJS's accounting (a 16 KB one adds a few bytes); the sandbox
        // passes a new string's size when it samples right after making one. Heap samples wobble by
        // about that much as the input's buffers settle, so the largest such string counts on its own
        // above the baseline rather than added to a sample.
        if (extra) stringPeak = Math.max(stringPeak, vm.getNumber(extra) || 0);
        const bytes = heapBytes();
        if (bytes > peak) peak = bytes;
        if (vm.getNumber(kind) === 1 && atReturn === undefined) atReturn = bytes;
      }),
    );
    vm.setProp(vm.global, MEMORY_SAMPLER, sampler);

    /** Evaluates a script; a thrown error comes back as its message. */
    const run = (source: string, file: string): { ok: true; value: unknown } | { ok: false; message: string } => {
      const result = vm.evalCode(source, file);
      if (result.error) {
        const error = vm.dump(result.error) as { name?: string; message?: string } | string | null;
        result.error.dispose();
        const message = error && typeof error === 'object' ? `${error.name ? `${error.name}: ` : ''}${error.message ?? ''}` : String(error);
        return { ok: false, message };
      }
      return { ok: true, value: result.value.consume((h) => vm.dump(h)) };
    };
    const interrupted = (message: string) => /interrupted/.test(message);

    const quiet = keep(vm.newFunction('hostLog', () => {}));
    const makeHarness = keep(vm.unwrapResult(vm.evalCode(PRELUDE_SOURCE, HARNESS_FILE)));
    keep(vm.unwrapResult(vm.callFunction(makeHarness, vm.undefined, quiet)));

    // The input is made first, in the same heap, before any counting: it is the baseline.
    // A string argument is copied once into a plain flat string, so how the generator built it (one
    // character at a time) does not leave buffers that settle during the call and move the baseline.
    const made = run(`${spec.generator}\n;globalThis.__tsIn = generate(${spec.n}); if (Array.isArray(globalThis.__tsIn)) globalThis.__tsIn = globalThis.__tsIn.map(function (a) { return typeof a === 'string' ? a.split('').join('') : a; }); Array.isArray(globalThis.__tsIn)`, 'generator.js');
    if (!made.ok) return failed(interrupted(made.message) ? 'time' : 'generator', `the problem's generator failed at n = ${spec.n}: ${made.message}`);
    if (made.value !== true) return failed('generator', `the problem's generator must return the argument list (n = ${spec.n})`);

    const setup = run(countingBuiltinsSource(spec.lines), HARNESS_FILE);
    if (!setup.ok) throw new EngineCrashError(`measurement setup failed: ${setup.message}`);
    const prefix = spec.usesModules ? 'var exports = {}; var module = { exports: exports }; ' : '';
    const loaded = run(prefix + spec.code, SOLUTION_FILE_NAME);
    if (!loaded.ok) return failed(interrupted(loaded.message) ? 'time' : 'error', loaded.message);

    const name = spec.functionName;
    const lookup = spec.usesModules
      ? `(typeof ${name} === 'function' ? ${name} : (module.exports && typeof module.exports.${name} === 'function' ? module.exports.${name} : (module.exports && module.exports.default)))`
      : `(typeof ${name} !== 'undefined' ? ${name} : undefined)`;
    const found = run(`globalThis.__tsFn = ${lookup}; typeof globalThis.__tsFn`, HARNESS_FILE);
    if (!found.ok || found.value !== 'function') return failed('error', `no function named ${name}`);

    run(`${COST_COUNTER}.reset()`, HARNESS_FILE);
    const baseline = heapBytes();
    peak = baseline;
    sampling = true;
    const called = run(`globalThis.__tsOut = Reflect.apply(globalThis.__tsFn, undefined, globalThis.__tsIn); 0`, HARNESS_FILE);
    if (called.ok) {
      // An async solution finishes in the job queue; its work still counts.
      for (let i = 0; i < 1000 && rt.hasPendingJob(); i++) {
        const jobs = rt.executePendingJobs();
        if (jobs.error) {
          jobs.error.dispose();
          break;
        }
      }
    }
    sampling = false;
    if (!called.ok) return failed(interrupted(called.message) ? 'time' : 'error', called.message);
    const report = run(`${COST_COUNTER}.report()`, HARNESS_FILE);
    if (!report.ok) return failed('error', report.message);
    const withOutput = heapBytes();
    // A returned string is invisible to the heap accounting too: when it was one of the strings
    // counted above (\`return q.toLowerCase()\`), its size is the output's, not memory held.
    const returnedString = run(`typeof globalThis.__tsOut === 'string' && ${COST_COUNTER}.strings.indexOf(globalThis.__tsOut) >= 0 ? ${STRING_HEADER_BYTES} + globalThis.__tsOut.length : 0`, HARNESS_FILE);
    const outputString = returnedString.ok ? Number(returnedString.value) || 0 : 0;
    run('globalThis.__tsOut = undefined; 0', HARNESS_FILE);
    const withoutOutput = heapBytes();
    const counted = JSON.parse(String(report.value)) as { cost: number; lines: [number, number][]; depth: number };
    return {
      status: 'returned',
      cost: counted.cost,
      lines: counted.lines,
      depth: counted.depth,
      memory: { baseline, peak: Math.max(peak, withOutput, baseline + stringPeak), atReturn, output: Math.max(0, withOutput - withoutOutput) + outputString },
      timeMs: elapsed(),
    };
  } catch (e) {
    if (e instanceof EngineCrashError) throw e;
    const message = String((e as Error)?.message ?? e);
    if (/interrupted/.test(message)) return failed('time', message);
    if ((e as { name?: string })?.name === 'QuickJSUnwrapError') return failed('error', message);
    throw new EngineCrashError(`QuickJS failed while measuring: ${message}`, { cause: e });
  } finally {
    try {
      for (const h of handles.reverse()) if (h.alive) h.dispose();
      context?.dispose();
      runtime?.dispose();
    } catch (e) {
      throw new EngineCrashError(`QuickJS could not release the measurement sandbox: ${String((e as Error)?.message ?? e)}`, { cause: e });
    }
  }
}
